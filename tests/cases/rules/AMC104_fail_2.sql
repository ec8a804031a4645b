-- AMC104: must be reported
WITH a AS (SELECT campaign, impressions FROM dsp_impressions)
SELECT campaign, impressions FROM a WHERE impressions > 1
