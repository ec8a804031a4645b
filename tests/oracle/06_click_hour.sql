-- 06: GROUP BY click_dt_hour (LOW: 2 users; the hour-truncated timestamp is
-- LOW, the second-level click_dt is MEDIUM). Most hours have 1 clicker
-- (removed), many have 2 (kept).
-- expect: removes
SELECT click_dt_hour,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY click_dt_hour
