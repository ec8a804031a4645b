-- attack: grouping by CASE ... city_name ELSE 'Boise' END merges the probe rows with Boise's rows
-- mechanism: 3
-- expect-at: 7:10
SELECT CASE WHEN impressions > 0 THEN city_name ELSE 'Boise' END AS city,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY CASE WHEN impressions > 0 THEN city_name ELSE 'Boise' END
