-- AMC013: must be reported
SELECT campaign, my_udf(impressions) AS x, COUNT(*) AS n FROM dsp_impressions GROUP BY 1, 2
