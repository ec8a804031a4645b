-- 67: SUM(...) OVER () over the rows of a LEFT JOIN (17 plus a window): the
-- window gives one entry per path of its input (all impression users, all
-- matched TV clickers), both large; but they are entries of their own, so
-- each row still needs 2 users on its own paths: campaigns with a single TV
-- clicker are removed as in 17, and campaigns without any TV click (no
-- right-side record) are kept.
-- expect: removes
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
