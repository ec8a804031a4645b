-- attack: PARTITION BY 'a', 2: several keys, all constant
-- mechanism: 4
-- expect-at: 11:7
WITH r AS (
  SELECT event_type, conversions,
         DENSE_RANK() OVER (PARTITION BY 'a', 2 ORDER BY user_id) AS dr
  FROM conversions
)
SELECT event_type, SUM(conversions) AS conv
FROM r
WHERE dr = 1
GROUP BY event_type
