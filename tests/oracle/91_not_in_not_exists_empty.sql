-- 91: NOT IN and NOT EXISTS over an empty subquery (no TV click at 4 am):
-- every row passes the filter, but an uncorrelated subquery that returns no
-- rows is an entry with 0 users, so every row of both arms is removed, even
-- the advertisers with hundreds of users.
-- expect: removes
SELECT 'not in' AS test,
       advertiser,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE campaign NOT IN (SELECT campaign FROM dsp_clicks
                       WHERE device_type = 'TV' AND click_hour = 4)
GROUP BY advertiser
UNION ALL
SELECT 'not exists' AS test,
       advertiser,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE NOT EXISTS (SELECT 1 FROM dsp_clicks
                  WHERE device_type = 'TV' AND click_hour = 4)
GROUP BY advertiser
