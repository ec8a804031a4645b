-- 90: NOT IN over a non-empty subquery: no result row equals the tested
-- value of a row that passes, so the entry is the users of all the
-- subquery's rows. In the first arm those are the TV clicks at 3 am (a
-- single clicker): every row is removed; in the second, every TV click (43
-- clickers): rows are constrained by their own users only.
-- expect: removes
SELECT 'not the 3 am TV campaign' AS excluded,
       advertiser,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE campaign NOT IN (SELECT campaign FROM dsp_clicks
                       WHERE device_type = 'TV' AND click_hour = 3)
GROUP BY advertiser
UNION ALL
SELECT 'no TV campaign' AS excluded,
       advertiser,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE campaign NOT IN (SELECT campaign FROM dsp_clicks
                       WHERE device_type = 'TV')
GROUP BY advertiser
