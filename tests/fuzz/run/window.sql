WITH u AS (SELECT user_id, device_type, COUNT(*) AS n FROM dsp_impressions GROUP BY 1, 2)
SELECT device_type, SUM(n) AS n, SUM(SUM(n)) OVER () AS total FROM u GROUP BY device_type
