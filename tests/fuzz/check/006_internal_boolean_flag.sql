-- attack: INTERNAL Boolean pv_is_latest_record looks harmless as a yes/no split
-- expect: INTERNAL in output
-- expect-at: 5:8
SELECT pv_subscription_name,
       pv_is_latest_record AS latest,
       COUNT(DISTINCT user_id) AS subscribers
FROM amazon_pvc_enrollments
GROUP BY pv_subscription_name, pv_is_latest_record
