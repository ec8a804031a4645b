-- AMC102: must not be reported
WITH u AS (SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY 1)
SELECT n FROM u UNION SELECT n FROM u
