-- attack: WINDOW w AS (PARTITION BY 'x') refined with OVER (w ORDER BY user_id)
-- mechanism: 4
-- expect-at: 12:7
WITH r AS (
  SELECT campaign, impressions,
         ROW_NUMBER() OVER (w ORDER BY user_id) AS rn
  FROM dsp_impressions
  WINDOW w AS (PARTITION BY 'x')
)
SELECT campaign, SUM(impressions) AS imps
FROM r
WHERE rn = 1
GROUP BY campaign
