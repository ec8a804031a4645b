-- 67: SUM(...) OVER () over the rows of a LEFT JOIN (17 plus a window): the
-- frame is every row, so every row gets the union of all rows' users on
-- both paths, including rows whose right side had no match or a single TV
-- clicker. Nothing is removed (contrast with 17).
-- expect: keeps-all
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
