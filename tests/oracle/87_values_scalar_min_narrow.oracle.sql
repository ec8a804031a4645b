-- each arm's row has no path; its one entry is the scalar subquery's users
-- (the distinct users among the records under its filter); make is LOW: 2
WITH makes (make) AS (VALUES ('Amazon'), ('Apple'), ('Other'), ('Samsung')),
narrow AS (
  SELECT MIN(device_make) AS v, COUNT(DISTINCT user_id) AS u
  FROM dsp_impressions
  WHERE dma_code = '582' AND os_version = '17.5' AND browser_family = 'Silk'
),
wide AS (
  SELECT MIN(device_make) AS v, COUNT(DISTINCT user_id) AS u
  FROM dsp_impressions
  WHERE dma_code = '500' AND device_type = 'TV'
)
SELECT 'narrow' AS filter, m.make, COUNT(*) AS n
FROM makes m JOIN narrow q ON m.make = q.v
WHERE q.u >= 2
GROUP BY m.make
UNION ALL
SELECT 'wide' AS filter, m.make, COUNT(*) AS n
FROM makes m JOIN wide q ON m.make = q.v
WHERE q.u >= 2
GROUP BY m.make;
