-- 29: UNION ALL of impressions and clicks by device_type, with
-- COUNT(DISTINCT user_id): in each arm only the NULL device_type (NULL-user
-- records only, 0 users) is removed.
-- expect: removes
SELECT 'impressions' AS source,
       device_type,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY device_type
UNION ALL
SELECT 'clicks' AS source,
       device_type,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_clicks
GROUP BY device_type
