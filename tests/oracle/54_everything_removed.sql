-- 54: GROUP BY a second-level timestamp (click_dt, MEDIUM: 100 users; AMC303
-- warns): every row has one or two clickers, everything is removed.
-- expect: removes
SELECT click_dt,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY click_dt
