-- Old-style comma join with the join condition in WHERE (some analysts still
-- write them this way). Clicks per impression for each creative.
SELECT
    imp.creative_id,
    imp.creative,
    imp.impressions,
    clk.clicks,
    clk.clicks * 1.0 / imp.impressions AS ctr
FROM
    (SELECT creative_id, creative, SUM(impressions) AS impressions
       FROM dsp_impressions GROUP BY creative_id, creative) imp,
    (SELECT creative_id, SUM(clicks) AS clicks
       FROM dsp_clicks GROUP BY creative_id) clk
WHERE imp.creative_id = clk.creative_id
