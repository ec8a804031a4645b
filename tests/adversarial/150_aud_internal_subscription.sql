-- attack: audience query exporting INTERNAL pv_subscription_id
-- expect: audience query output other than user_id (INTERNAL)
-- expect-at: 4:17
SELECT user_id, pv_subscription_id
FROM amazon_pvc_enrollments_for_audiences
WHERE pv_enrollment_status = 'ACTIVE'
