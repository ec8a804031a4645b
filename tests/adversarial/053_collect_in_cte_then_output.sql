-- attack: COLLECT(user_id) computed in a CTE, the array passed through the final SELECT
-- expect: VERY_HIGH in output (COLLECT through a CTE)
-- expect-at: 10:18
WITH per_campaign AS (
  SELECT campaign, COLLECT(user_id) AS buyers
  FROM amazon_attributed_events_by_traffic_time
  WHERE purchases > 0
  GROUP BY campaign
)
SELECT campaign, buyers
FROM per_campaign
