-- AMC018: must not be reported (a HAVING name neither grouped nor aggregated is the select-list alias, as in AMC's engine)
SELECT campaign, SUM(impressions) AS impressions FROM dsp_impressions GROUP BY campaign HAVING impressions > 1000
