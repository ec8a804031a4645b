-- attack: MAX(CUSTOM_PARAMETER('uid')) in a CTE read through IN (subquery)
-- mechanism: 2
-- expect-at: 9:7
WITH p AS (
  SELECT MAX(CUSTOM_PARAMETER('uid')) AS u FROM conversions
)
SELECT event_type, SUM(conversions) AS conv
FROM conversions
WHERE user_id IN (SELECT u FROM p)
GROUP BY event_type
