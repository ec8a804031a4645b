-- HAVING names the select-list alias, not the column of the same name.
SELECT campaign, SUM(impressions) AS impressions
FROM dsp_impressions
GROUP BY campaign
HAVING impressions > 1000
