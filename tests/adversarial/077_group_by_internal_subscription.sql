-- attack: GROUP BY INTERNAL pv_subscription_id: one row per subscription
-- expect: row-level export (grouped by INTERNAL pv_subscription_id)
-- expect-at: 6:32
SELECT pv_enrollment_status, SUM(pv_unit_price) AS paid
FROM amazon_pvc_enrollments
GROUP BY pv_enrollment_status, pv_subscription_id
