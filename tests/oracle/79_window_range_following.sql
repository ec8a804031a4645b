-- 79: a RANGE frame ahead of the current row (RANGE BETWEEN 1 FOLLOWING AND
-- 2 FOLLOWING over click_hour) on TV clicks by hour: the window entry of an
-- hour is the TV clickers of the next two hours present. An hour is removed
-- when it has a single clicker itself, or when those next hours have a
-- single clicker between them (hour 2, then hour 3; hour 21, then hour
-- 22); an hour with no hour in its frame (22: hours 23 and 24 have no TV
-- click) is constrained by its own clickers only (one: removed).
-- expect: removes
SELECT click_hour,
       COUNT(*) AS tv_clicks,
       SUM(COUNT(*)) OVER (ORDER BY click_hour
                           RANGE BETWEEN 1 FOLLOWING AND 2 FOLLOWING) AS next_2h_clicks
FROM dsp_clicks
WHERE device_type = 'TV'
GROUP BY click_hour
