-- AMC101: must be reported
WITH u AS (SELECT device_id AS d FROM dsp_impressions)
SELECT MAX(d) AS x, COUNT(*) AS n FROM u
