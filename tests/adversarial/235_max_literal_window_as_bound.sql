-- attack: a literal upper bound for user_id computed as MAX(literal) OVER (PARTITION BY campaign)
-- mechanism: 2
-- expect-at: 11:7
WITH b AS (
  SELECT campaign, user_id, impressions,
         MAX('amzn1.account.AG') OVER (PARTITION BY campaign) AS hi
  FROM dsp_impressions
)
SELECT campaign, SUM(impressions) AS imps
FROM b
WHERE user_id < hi
GROUP BY campaign
