-- attack: PARTITION BY a column of a one-row VALUES list cross-joined to every impression
-- mechanism: 4
-- expect-at: 11:7
WITH r AS (
  SELECT i.campaign, i.impressions,
         ROW_NUMBER() OVER (PARTITION BY g.grp ORDER BY i.user_id) AS rn
  FROM dsp_impressions i CROSS JOIN (VALUES ('everyone')) AS g (grp)
)
SELECT campaign, SUM(impressions) AS imps
FROM r
WHERE rn = 7
GROUP BY campaign
