-- 86: ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING, partitioned by
-- advertiser, over TV clicks by campaign: the window entry of a campaign is
-- the TV clickers of the advertiser's earlier campaigns (none for the first:
-- no constraint). A campaign with several TV clickers is removed when the
-- campaigns before it have a single one between them (Northwind Coffee
-- Holiday Prospecting 2025, Tailspin Toys Lookalike Prospecting 2025).
-- expect: removes
SELECT advertiser,
       campaign,
       COUNT(DISTINCT user_id) AS tv_clickers,
       SUM(COUNT(*)) OVER (PARTITION BY advertiser ORDER BY campaign
                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_tv_clicks
FROM dsp_clicks
WHERE device_type = 'TV'
GROUP BY advertiser, campaign
