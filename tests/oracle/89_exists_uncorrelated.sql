-- 89: an uncorrelated EXISTS over user data is an entry of every row it
-- lets through: the users of all its result rows. The first arm's EXISTS
-- finds the TV clicks at 3 am (a single clicker): every row of that arm is
-- removed, whatever its own reach; the second arm's finds the TV clicks at
-- 4 pm (8 clickers): its rows are kept.
-- expect: removes
SELECT '3 am' AS tv_hour,
       advertiser,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE EXISTS (SELECT 1 FROM dsp_clicks
              WHERE device_type = 'TV' AND click_hour = 3)
GROUP BY advertiser
UNION ALL
SELECT '4 pm' AS tv_hour,
       advertiser,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE EXISTS (SELECT 1 FROM dsp_clicks
              WHERE device_type = 'TV' AND click_hour = 16)
GROUP BY advertiser
