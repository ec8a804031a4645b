-- attack: the partition key is a CTE column that holds the same literal on every row
-- mechanism: 4
-- expect-at: 13:7
WITH base AS (
  SELECT user_id, campaign, impressions, 'x' AS k FROM dsp_impressions
),
r AS (
  SELECT campaign, impressions, ROW_NUMBER() OVER (PARTITION BY k ORDER BY user_id) AS rn
  FROM base
)
SELECT campaign, SUM(impressions) AS imps
FROM r
WHERE rn = 2
GROUP BY campaign
