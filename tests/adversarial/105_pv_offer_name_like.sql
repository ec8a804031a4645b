-- attack: HIGH pv_offer_name LIKE a rare offer pattern
-- expect: literal compared with HIGH column (pv_offer_name LIKE)
-- expect-at: 6:7
SELECT pv_subscription_name, COUNT(DISTINCT user_id) AS subscribers
FROM amazon_pvc_enrollments
WHERE pv_offer_name LIKE '%Employee%'
GROUP BY pv_subscription_name
