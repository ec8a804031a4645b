SELECT g.campaign, g.device_type, g.clickers, g.campaign_clickers
FROM (SELECT campaign,
             device_type,
             COUNT(DISTINCT user_id) AS clickers,
             SUM(COUNT(DISTINCT user_id)) OVER (PARTITION BY campaign) AS campaign_clickers
      FROM dsp_clicks
      GROUP BY campaign, device_type) g
JOIN (SELECT campaign, COUNT(DISTINCT user_id) AS u
      FROM dsp_clicks
      GROUP BY campaign) cu
  ON g.campaign IS cu.campaign
WHERE cu.u >= 2;
