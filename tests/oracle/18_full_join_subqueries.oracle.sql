SELECT COALESCE(am.campaign, pm.campaign) AS campaign,
       am.clickers AS am_clickers,
       pm.clickers AS pm_clickers
FROM (SELECT campaign, COUNT(DISTINCT user_id) AS clickers, 1 AS present
      FROM dsp_clicks
      WHERE click_hour < 12
      GROUP BY campaign) am
FULL OUTER JOIN (SELECT campaign, COUNT(DISTINCT user_id) AS clickers, 1 AS present
                 FROM dsp_clicks
                 WHERE click_hour >= 12
                 GROUP BY campaign) pm
  ON am.campaign = pm.campaign
WHERE (am.present IS NULL OR am.clickers >= 2)
  AND (pm.present IS NULL OR pm.clickers >= 2);
