-- 37: SUM(COUNT(DISTINCT user_id)) OVER (PARTITION BY campaign) with GROUP BY
-- campaign, device_type: a (campaign, device) row with one clicker is kept
-- when its campaign has 2+ clickers over all devices (contrast with 07);
-- the rows of campaigns with a single clicker are removed.
-- expect: removes
SELECT campaign,
       device_type,
       COUNT(DISTINCT user_id) AS clickers,
       SUM(COUNT(DISTINCT user_id)) OVER (PARTITION BY campaign) AS campaign_clickers
FROM dsp_clicks
GROUP BY campaign, device_type
