-- attack: MIN(CUSTOM_PARAMETER('zip')) per campaign, joined back on postal_code
-- mechanism: 2
-- expect-at: 11:39
WITH p AS (
  SELECT campaign, MIN(CUSTOM_PARAMETER('zip')) AS zip
  FROM dsp_impressions
  GROUP BY campaign
)
SELECT i.campaign, SUM(i.impressions) AS imps
FROM dsp_impressions i
JOIN p ON p.campaign = i.campaign AND p.zip = i.postal_code
GROUP BY i.campaign
