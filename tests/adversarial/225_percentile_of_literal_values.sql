-- attack: the median of three literal numbers is the target ZIP
-- mechanism: 2
-- expect-at: 9:7
WITH m AS (
  SELECT PERCENTILE(z, 0.5) AS zip_num FROM (VALUES (94102), (94103), (94104)) AS v (z)
)
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_clicks i CROSS JOIN m
WHERE CAST(i.postal_code AS DOUBLE) = m.zip_num
GROUP BY i.campaign
