-- AMC302: must be reported
SELECT c.click_dt AS t, COUNT(*) AS n FROM dsp_clicks c GROUP BY c.click_dt
