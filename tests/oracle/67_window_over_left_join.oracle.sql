-- every row: the impressions path has all impression users, the clicks path
-- all TV clickers (the right side contributed to some row of the frame)
SELECT i.campaign,
       i.reach,
       c.tv_clickers,
       SUM(c.tv_clickers) OVER () AS all_tv_clickers
FROM (SELECT campaign, COUNT(DISTINCT user_id) AS reach
      FROM dsp_impressions
      GROUP BY campaign) i
LEFT JOIN (SELECT campaign, COUNT(DISTINCT user_id) AS tv_clickers
           FROM dsp_clicks
           WHERE device_type = 'TV'
           GROUP BY campaign) c
  ON i.campaign = c.campaign
WHERE (SELECT COUNT(DISTINCT user_id) FROM dsp_impressions) >= 2
  AND (SELECT COUNT(DISTINCT user_id) FROM dsp_clicks WHERE device_type = 'TV') >= 2;
