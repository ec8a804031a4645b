-- 84: a window in one arm of a UNION ALL only: both arms list the TV clicks
-- by hour, the first with the clicks of the next two hours (RANGE BETWEEN 1
-- FOLLOWING AND 2 FOLLOWING, as in 79). Rows of a UNION ALL keep their own
-- arm's entries: an hour whose next hours have a single TV clicker (2, 21)
-- is removed from the first arm only; the second arm's rows need their own
-- clickers and nothing else.
-- expect: removes
SELECT 'with next hours' AS arm,
       click_hour,
       COUNT(*) AS tv_clicks,
       SUM(COUNT(*)) OVER (ORDER BY click_hour
                           RANGE BETWEEN 1 FOLLOWING AND 2 FOLLOWING) AS next_2h_clicks
FROM dsp_clicks
WHERE device_type = 'TV'
GROUP BY click_hour
UNION ALL
SELECT 'alone' AS arm,
       click_hour,
       COUNT(*) AS tv_clicks,
       NULL AS next_2h_clicks
FROM dsp_clicks
WHERE device_type = 'TV'
GROUP BY click_hour
