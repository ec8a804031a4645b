-- attack: the constant-partition rank compared with 42 inside a JOIN ... ON
-- mechanism: 4
-- expect-at: 11:37
WITH r AS (
  SELECT user_id,
         ROW_NUMBER() OVER (PARTITION BY 'x' ORDER BY user_id) AS rn
  FROM dsp_clicks
)
SELECT i.campaign, SUM(i.impressions) AS imps
FROM dsp_impressions i
JOIN r ON r.user_id = i.user_id AND r.rn = 42
GROUP BY i.campaign
