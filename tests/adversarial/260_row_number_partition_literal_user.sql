-- attack: ROW_NUMBER() OVER (PARTITION BY 'all' ORDER BY user_id) = 1 keeps one user's rows
-- mechanism: 4
-- expect-at: 11:7
WITH r AS (
  SELECT campaign, impressions,
         ROW_NUMBER() OVER (PARTITION BY 'all' ORDER BY user_id) AS rn
  FROM dsp_impressions
)
SELECT campaign, SUM(impressions) AS imps
FROM r
WHERE rn = 1
GROUP BY campaign
