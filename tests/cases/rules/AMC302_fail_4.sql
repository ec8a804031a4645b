-- AMC302: must be reported
WITH c AS (SELECT click_dt, clicks FROM dsp_clicks)
SELECT click_dt, SUM(clicks) AS clicks FROM c GROUP BY click_dt
