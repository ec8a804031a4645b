SELECT campaign
FROM dsp_impressions
WHERE campaign = 'Brand A
GROUP BY 1
