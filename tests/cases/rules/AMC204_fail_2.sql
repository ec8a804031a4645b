-- AMC204: must be reported
SELECT campaign, STRING_AGG(creative, ',') AS creatives FROM dsp_impressions GROUP BY 1
