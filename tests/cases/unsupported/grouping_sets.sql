SELECT campaign, COUNT(*) FROM dsp_impressions
GROUP BY ROLLUP (campaign)
