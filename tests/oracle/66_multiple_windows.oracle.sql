-- entries of a (campaign, device_type) row: the dsp_clicks path (its own
-- clickers) and one entry per window spec on that path: the campaign
-- partition (the campaign's clickers) and the device type partition (the
-- device type's clickers); campaign and device_type are LOW: 2 users from each
WITH g AS (
  SELECT campaign,
         device_type,
         COUNT(*) AS clicks,
         SUM(COUNT(*)) OVER (PARTITION BY campaign) AS campaign_clicks,
         SUM(COUNT(*)) OVER (PARTITION BY device_type) AS device_clicks
  FROM dsp_clicks
  GROUP BY campaign, device_type
)
SELECT g.campaign, g.device_type, g.clicks, g.campaign_clicks, g.device_clicks
FROM g
WHERE (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.campaign IS g.campaign AND c.device_type IS g.device_type) >= 2
  AND (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.campaign IS g.campaign) >= 2
  AND (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.device_type IS g.device_type) >= 2;
