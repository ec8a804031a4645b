-- AMC303: must not be reported
WITH a AS (SELECT campaign, ROW_NUMBER() OVER (ORDER BY COUNT(*) DESC) AS rk FROM dsp_impressions GROUP BY 1)
SELECT campaign, COUNT(*) AS n FROM a WHERE rk <= 3 GROUP BY 1
