-- AMC207: must be reported
SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE campaign = $1 OR campaign = $2 GROUP BY 1
