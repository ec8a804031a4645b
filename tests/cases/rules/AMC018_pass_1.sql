-- AMC018: must not be reported
SELECT campaign, UPPER(campaign) AS c, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign
