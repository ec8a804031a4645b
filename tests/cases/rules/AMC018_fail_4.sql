-- AMC018: must be reported (no alias of that name: the column itself is ungrouped)
SELECT campaign, SUM(impressions) AS imps FROM dsp_impressions GROUP BY campaign HAVING impressions > 1000
