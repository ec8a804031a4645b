-- attack: city_name IN (...) inside a CASE used as a dimension
-- expect: literal compared with HIGH column (city_name IN list) in a CASE
-- expect-at: 4:18
SELECT CASE WHEN city_name IN ('Springfield', 'Shelbyville') THEN 'target' ELSE 'other' END AS area,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY CASE WHEN city_name IN ('Springfield', 'Shelbyville') THEN 'target' ELSE 'other' END
