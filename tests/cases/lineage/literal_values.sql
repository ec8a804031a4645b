-- Which values can come from a literal: VALUES cells, CASE branches,
-- CUSTOM_PARAMETER, COALESCE arguments; not SUBSTRING's positions.
WITH tiers (tier, min_imps) AS (VALUES ('gold', 100), ('silver', 10))
SELECT
  t.tier,
  SUBSTRING(i.campaign, 1, 5) AS prefix,
  COALESCE(i.creative, 'none') AS creative,
  COUNT(*) AS n
FROM dsp_impressions i
CROSS JOIN tiers t
WHERE i.impressions >= t.min_imps AND i.campaign_id = CUSTOM_PARAMETER('campaign_id')
GROUP BY 1, 2, 3
