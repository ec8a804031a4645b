-- attack: INTERNAL sns_subscription_id passed through CONCAT with a prefix
-- expect: INTERNAL in output
-- expect-at: 5:8
SELECT event_type,
       MAX(CONCAT('sub-', sns_subscription_id)) AS example_subscription,
       SUM(conversions) AS conversions
FROM conversions_all
GROUP BY event_type
