-- AMC103: must not be reported
WITH c AS (SELECT campaign, COUNT(*) AS n FROM dsp_clicks GROUP BY 1)
SELECT * FROM c
