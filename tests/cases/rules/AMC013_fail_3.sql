-- AMC013: must be reported
SELECT pg_catalog.sum(impressions) AS n FROM dsp_impressions
