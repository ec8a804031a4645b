-- entries of a (campaign, device_type) row: the dsp_clicks path (its own
-- clickers) and the window's frame on that path (the campaign partition: the
-- campaign's clickers over all devices); campaign is LOW: 2 users from each
WITH g AS (
  SELECT campaign,
         device_type,
         COUNT(DISTINCT user_id) AS clickers,
         SUM(COUNT(DISTINCT user_id)) OVER (PARTITION BY campaign) AS campaign_clickers
  FROM dsp_clicks
  GROUP BY campaign, device_type
)
SELECT g.campaign, g.device_type, g.clickers, g.campaign_clickers
FROM g
WHERE (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.campaign IS g.campaign AND c.device_type IS g.device_type) >= 2
  AND (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.campaign IS g.campaign) >= 2;
