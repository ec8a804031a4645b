-- AMC301: must be reported
WITH r AS (SELECT campaign, ROW_NUMBER() OVER w AS rn FROM dsp_impressions WINDOW w AS (PARTITION BY campaign ORDER BY impression_dt))
SELECT rn, COUNT(*) AS n FROM r GROUP BY rn
