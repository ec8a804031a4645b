-- AMC101: must be reported
SELECT campaign, ARRAY_TO_STRING(COLLECT(request_tag), ',') AS tags
FROM dsp_impressions GROUP BY campaign
