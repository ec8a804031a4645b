-- attack: ORDER BY HASH64(user_id) under a constant partition: a pseudo-random single user
-- mechanism: 4
-- expect-at: 11:7
WITH r AS (
  SELECT campaign, viewable_impressions,
         ROW_NUMBER() OVER (PARTITION BY 'x' ORDER BY HASH64(user_id)) AS rn
  FROM dsp_views
)
SELECT campaign, SUM(viewable_impressions) AS viewable
FROM r
WHERE rn = 1
GROUP BY campaign
