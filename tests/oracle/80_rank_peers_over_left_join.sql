-- 80: RANK() OVER (ORDER BY reach) without PARTITION BY, over the rows of a
-- LEFT JOIN (17 plus a rank). A ranking function's frame is every row up to
-- the current one and its peers, and it gives one entry per path of its
-- input. A campaign without TV clicks has no record of the clicks path
-- itself, but its frame may: the smallest campaign (no TV click before it)
-- is kept, while the next one is removed, through its peer of the same
-- reach that has a single TV clicker, and so are the following campaigns
-- without TV clicks until the frame holds 2 TV clickers.
-- expect: removes
SELECT i.campaign,
       i.reach,
       c.tv_clickers,
       RANK() OVER (ORDER BY i.reach) AS reach_rank
FROM (SELECT campaign, COUNT(DISTINCT user_id) AS reach
      FROM dsp_impressions
      GROUP BY campaign) i
LEFT JOIN (SELECT campaign, COUNT(DISTINCT user_id) AS tv_clickers
           FROM dsp_clicks
           WHERE device_type = 'TV'
           GROUP BY campaign) c
  ON i.campaign = c.campaign
