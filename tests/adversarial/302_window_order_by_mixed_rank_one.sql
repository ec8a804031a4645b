-- attack: ROW_NUMBER ordered by a CASE mixing postal_code with a literal: rank 1 tells which side of it a ZIP sorts
-- mechanism: 3
-- expect-at: 6:60
WITH r AS (
  SELECT campaign, user_id,
         ROW_NUMBER() OVER (PARTITION BY campaign ORDER BY CASE WHEN impressions > 0 THEN postal_code ELSE '30000' END) AS rn
  FROM dsp_impressions
)
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM r
WHERE rn = 1
GROUP BY campaign
