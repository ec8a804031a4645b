-- 44: a CASE whose result is a HIGH column in one branch (city_name for TV
-- impressions) and a literal otherwise: the column reveals city_name, so
-- every row needs 100 users, the 'not TV' row included (it has thousands).
-- TV cities are small: almost all removed.
-- expect: removes
SELECT CASE WHEN device_type = 'TV' THEN city_name ELSE 'not TV' END AS place,
       COUNT(*) AS n
FROM dsp_impressions
GROUP BY CASE WHEN device_type = 'TV' THEN city_name ELSE 'not TV' END
