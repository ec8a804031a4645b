-- matched: the campaign's converters (2, LOW campaign); unmatched: the
-- users of all of rel's rows; none at all when its table is empty
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
WHERE imp.reach >= 2
  AND ((rel.campaign_id IS NOT NULL AND rel.converters >= 2)
       OR (rel.campaign_id IS NULL
           AND ((SELECT COUNT(*) FROM conversions_with_relevance) = 0
                OR (SELECT COUNT(DISTINCT user_id) FROM conversions_with_relevance) >= 2)));
