-- AMC202: must not be reported
SELECT campaign, SUM(impressions) OVER (ORDER BY campaign) AS running, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign, impressions
