-- attack: PARTITION BY 1 + 1, a constant expression
-- mechanism: 4
-- expect-at: 11:7
WITH r AS (
  SELECT campaign, impressions,
         ROW_NUMBER() OVER (PARTITION BY 1 + 1 ORDER BY device_id) AS rn
  FROM dsp_impressions
)
SELECT campaign, SUM(impressions) AS imps
FROM r
WHERE rn BETWEEN 10 AND 12
GROUP BY campaign
