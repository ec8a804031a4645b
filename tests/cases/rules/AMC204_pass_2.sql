-- AMC204: must not be reported
SELECT campaign, ARRAY_TO_STRING(COLLECT(DISTINCT creative), ',') AS creatives FROM dsp_impressions GROUP BY 1
