-- 91: NOT IN and NOT EXISTS over an empty subquery (no TV click at 4 am):
-- every row passes the filter, and a subquery that returns no row stands on
-- no record: it asks nothing, and the advertisers keep their rows (as an
-- empty stage of an outer join does not remove a funnel's rows).
-- expect: keeps-all
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
