-- entries of a campaign row: the dsp_impressions path (its users) and the IN
-- subquery's dsp_clicks path (the subquery rows equal to the campaign: its
-- TV clickers); campaign is LOW: 2 users from each
WITH tv AS (
  SELECT campaign, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks
  WHERE device_type = 'TV'
  GROUP BY campaign
)
SELECT i.campaign,
       COUNT(DISTINCT i.user_id) AS reach,
       COUNT(*) AS imps
FROM dsp_impressions i
JOIN tv ON tv.campaign = i.campaign
GROUP BY i.campaign
HAVING COUNT(DISTINCT i.user_id) >= 2
   AND MAX(tv.u) >= 2;
