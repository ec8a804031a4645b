-- paths: dsp_impressions (always contributes), dsp_clicks (only when matched)
SELECT i.campaign,
       i.reach,
       c.tv_clickers
FROM (SELECT campaign, COUNT(DISTINCT user_id) AS reach, COUNT(DISTINCT user_id) AS u_
      FROM dsp_impressions
      GROUP BY campaign) i
LEFT JOIN (SELECT campaign, COUNT(DISTINCT user_id) AS tv_clickers, COUNT(DISTINCT user_id) AS u_
           FROM dsp_clicks
           WHERE device_type = 'TV'
           GROUP BY campaign) c
  ON i.campaign = c.campaign
WHERE i.u_ >= 2
  AND (c.campaign IS NULL OR c.u_ >= 2);
