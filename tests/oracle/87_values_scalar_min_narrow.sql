-- 87: rows of a VALUES list (no path of their own) filtered by = a scalar
-- subquery over user data, MIN(device_make) under a filter on LOW columns.
-- The subquery is an entry of the row: the users behind its one row. make
-- equals the subquery's MIN(device_make), so it is LOW (2 users). In the
-- first arm the filter holds a single user's impressions: the row is
-- removed; in the second it holds many users: the row is kept.
-- expect: removes
WITH makes (make) AS (VALUES ('Amazon'), ('Apple'), ('Other'), ('Samsung'))
SELECT 'narrow' AS filter,
       make,
       COUNT(*) AS n
FROM makes
WHERE make = (SELECT MIN(device_make)
              FROM dsp_impressions
              WHERE dma_code = '582'
                AND os_version = '17.5'
                AND browser_family = 'Silk')
GROUP BY make
UNION ALL
SELECT 'wide' AS filter,
       make,
       COUNT(*) AS n
FROM makes
WHERE make = (SELECT MIN(device_make)
              FROM dsp_impressions
              WHERE dma_code = '500'
                AND device_type = 'TV')
GROUP BY make
