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
WHERE (SELECT COUNT(DISTINCT c.user_id)
       FROM dsp_clicks c
       WHERE c.campaign = g.campaign
          OR c.device_type IS g.device_type) >= 2;
