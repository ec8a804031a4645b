SELECT a.campaign,
       COUNT(DISTINCT a.user_id) AS clickers,
       COUNT(DISTINCT b.campaign) AS other_campaigns
FROM dsp_clicks a
JOIN dsp_clicks b
  ON a.click_dt_hour = b.click_dt_hour
 AND a.campaign <> b.campaign
GROUP BY a.campaign
HAVING COUNT(DISTINCT a.user_id) >= 2
   AND COUNT(DISTINCT b.user_id) >= 2;
