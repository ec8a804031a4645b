WITH c AS (
  SELECT user_id, campaign, COUNT(*) AS clicks
  FROM dsp_clicks
  GROUP BY user_id, campaign
)
SELECT a.campaign AS campaign_a,
       b.campaign AS campaign_b,
       COUNT(*) AS people
FROM c a
JOIN c b
  ON a.user_id = b.user_id
 AND a.campaign < b.campaign
GROUP BY a.campaign, b.campaign
HAVING COUNT(DISTINCT a.user_id) >= 2
   AND COUNT(DISTINCT b.user_id) >= 2;
