-- AMC201: must not be reported
WITH r AS (SELECT campaign, RANK() OVER (ORDER BY COUNT(*) DESC) AS rk FROM dsp_impressions GROUP BY 1)
SELECT campaign, COUNT(*) AS n FROM r WHERE rk <= 10 GROUP BY 1
