-- 114: a campaign funnel: reach LEFT JOIN an aggregated stage of
-- relevance conversions, a table the fixture leaves empty. A row the join
-- filled with NULLs stands on all of the missing side's rows; the table
-- holds none at all (nothing to find, about anyone), so nothing decided
-- it beside the campaign's own impressions, and every campaign is kept
-- with 0 converters (as AMC does: it counts the users of the paths that
-- contribute records).
-- expect: keeps-all
WITH imp AS (
  SELECT campaign_id, campaign, COUNT(DISTINCT user_id) AS reach
  FROM dsp_impressions
  GROUP BY campaign_id, campaign
),
rel AS (
  SELECT campaign_id, COUNT(DISTINCT user_id) AS converters, SUM(conversions) AS conversions
  FROM conversions_with_relevance
  GROUP BY campaign_id
)
SELECT imp.campaign, imp.reach,
       COALESCE(rel.converters, 0) AS converters,
       COALESCE(rel.conversions, 0) AS conversions
FROM imp
LEFT JOIN rel ON imp.campaign_id = rel.campaign_id
