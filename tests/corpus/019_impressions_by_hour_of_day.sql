-- Hour-of-day performance
-- Impressions, reach and clicks per local hour of the day. HOUR() is applied to
-- the advertiser-local timestamp; impression_hour would give the same value.
WITH imps AS (
    SELECT
        HOUR(impression_dt)     AS hour_of_day,
        user_id,
        impressions
    FROM dsp_impressions
),
clks AS (
    SELECT
        HOUR(impression_dt)     AS hour_of_day,   -- hour of the impression that was clicked
        SUM(clicks)             AS clicks
    FROM dsp_clicks
    GROUP BY HOUR(impression_dt)
)
SELECT
    i.hour_of_day,
    SUM(i.impressions)                      AS impressions,
    COUNT(DISTINCT i.user_id)               AS reach,
    MAX(c.clicks)                           AS clicks,
    MAX(c.clicks) * 100.0 / SUM(i.impressions) AS ctr_pct
FROM imps i
LEFT JOIN clks c ON c.hour_of_day = i.hour_of_day
GROUP BY i.hour_of_day
