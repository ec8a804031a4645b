-- attack: MAX(user_id) OVER (PARTITION BY campaign) in a CTE, then grouped on
-- expect: VERY_HIGH in output (window aggregate through a CTE)
-- expect-at: 9:18
WITH w AS (
  SELECT campaign,
         MAX(user_id) OVER (PARTITION BY campaign) AS heaviest
  FROM dsp_impressions
)
SELECT campaign, heaviest, COUNT(*) AS imps
FROM w
GROUP BY campaign, heaviest
