-- JOIN ... USING on two keys: impressions and clicks per campaign and day.
WITH imps AS (
    SELECT campaign_id, impression_date AS event_date, SUM(impressions) AS impressions
    FROM dsp_impressions
    GROUP BY campaign_id, impression_date
),
clks AS (
    SELECT campaign_id, click_date AS event_date, SUM(clicks) AS clicks
    FROM dsp_clicks
    GROUP BY campaign_id, click_date
)
SELECT
    campaign_id,
    event_date,
    impressions,
    IFNULL(clicks, 0)                    AS clicks,
    IFNULL(clicks, 0) * 1.0 / impressions AS ctr
FROM imps
LEFT JOIN clks USING (campaign_id, event_date)
