-- entries of a device type row: the paths a and b (the people behind its
-- pairs on each side) and the window's frame on each (the previous row in
-- device type order: its people on each side; none for the first row);
-- device_type is LOW: 2 users from each
WITH c AS (
  SELECT user_id, campaign, device_type FROM dsp_clicks
),
pairs AS MATERIALIZED (
  SELECT a.device_type, a.user_id AS a_user, b.user_id AS b_user
  FROM c a
  JOIN c b ON a.user_id = b.user_id AND a.campaign < b.campaign
),
g AS (
  SELECT device_type,
         COUNT(*) AS pairs,
         COUNT(DISTINCT a_user) AS au,
         COUNT(DISTINCT b_user) AS bu,
         ROW_NUMBER() OVER (ORDER BY device_type) AS pos
  FROM pairs
  GROUP BY device_type
)
SELECT g.device_type, g.pairs, p.pairs AS prev_pairs
FROM g
LEFT JOIN g p ON p.pos = g.pos - 1
WHERE g.au >= 2 AND g.bu >= 2
  AND (p.pos IS NULL OR (p.au >= 2 AND p.bu >= 2));
