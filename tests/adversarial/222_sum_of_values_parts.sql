-- attack: 10001 as SUM of two VALUES rows (10000 + 1), compared through a cross join
-- mechanism: 2
-- expect-at: 8:7
WITH parts (p) AS (VALUES (10000), (1)),
     total AS (SELECT SUM(p) AS zip_num FROM parts)
SELECT i.device_type, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i CROSS JOIN total
WHERE CAST(i.postal_code AS BIGINT) = total.zip_num
GROUP BY i.device_type
