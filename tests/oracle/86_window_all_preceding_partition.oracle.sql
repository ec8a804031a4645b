-- entries of a campaign row: the dsp_clicks path (its TV clickers) and the
-- window's frame on it (the TV clickers of the advertiser's campaigns before
-- it in campaign order; none: no constraint); campaign is LOW: 2 users
WITH tv AS (
  SELECT user_id, advertiser, campaign FROM dsp_clicks WHERE device_type = 'TV'
),
g AS (
  SELECT advertiser,
         campaign,
         COUNT(DISTINCT user_id) AS tv_clickers,
         COUNT(*) AS tv_clicks
  FROM tv
  GROUP BY advertiser, campaign
)
SELECT g.advertiser, g.campaign, g.tv_clickers,
       (SELECT SUM(e.tv_clicks) FROM g e
        WHERE e.advertiser IS g.advertiser AND e.campaign < g.campaign) AS earlier_tv_clicks
FROM g
WHERE (SELECT COUNT(DISTINCT user_id) FROM tv
       WHERE tv.advertiser IS g.advertiser AND tv.campaign IS g.campaign) >= 2
  AND (NOT EXISTS (SELECT 1 FROM tv
                   WHERE tv.advertiser IS g.advertiser AND tv.campaign < g.campaign)
       OR (SELECT COUNT(DISTINCT user_id) FROM tv
           WHERE tv.advertiser IS g.advertiser AND tv.campaign < g.campaign) >= 2);
