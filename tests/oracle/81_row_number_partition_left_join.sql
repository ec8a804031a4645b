-- 81: ROW_NUMBER() OVER (PARTITION BY advertiser ORDER BY campaign) over the
-- rows of a LEFT JOIN: the frame of a row is its advertiser's campaigns up
-- to it, one entry per path. Northwind Coffee's first campaign has a single
-- TV clicker (removed), and its second, without TV clicks of its own, is
-- removed too: its frame holds that one TV clicker. A first campaign
-- without TV clicks (Contoso Sports, Tailspin Toys) has nothing of the
-- clicks path in its frame and is kept.
-- expect: removes
SELECT i.advertiser,
       i.campaign,
       i.reach,
       c.tv_clickers,
       ROW_NUMBER() OVER (PARTITION BY i.advertiser ORDER BY i.campaign) AS campaign_no
FROM (SELECT advertiser, campaign, COUNT(DISTINCT user_id) AS reach
      FROM dsp_impressions
      GROUP BY advertiser, campaign) i
LEFT JOIN (SELECT campaign, COUNT(DISTINCT user_id) AS tv_clickers
           FROM dsp_clicks
           WHERE device_type = 'TV'
           GROUP BY campaign) c
  ON i.campaign = c.campaign
