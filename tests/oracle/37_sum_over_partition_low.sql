-- 37: SUM(COUNT(DISTINCT user_id)) OVER (PARTITION BY campaign) with GROUP BY
-- campaign, device_type: the campaign partition is an entry of its own, so
-- a (campaign, device) row needs 2 clickers itself and 2 in its campaign.
-- Single-clicker (campaign, device) rows are removed even when their
-- campaign has many clickers (as in 07), and so are the NULL-user NULL
-- device rows; rows of campaigns with a single clicker fail both.
-- expect: removes
SELECT campaign,
       device_type,
       COUNT(DISTINCT user_id) AS clickers,
       SUM(COUNT(DISTINCT user_id)) OVER (PARTITION BY campaign) AS campaign_clickers
FROM dsp_clicks
GROUP BY campaign, device_type
