-- Path to conversion by ad product (DSP / SP / SB / SD)
-- Combines DSP impressions and sponsored ads impressions into one touchpoint
-- stream, orders the channels by each one's first touch per user, and reports how
-- often each sequence ends in a purchase.
WITH touchpoints AS (
    SELECT user_id, 'DSP' AS channel, impression_dt AS touch_dt
    FROM dsp_impressions
    UNION ALL
    SELECT
        user_id,
        CASE ad_product_type
            WHEN 'sponsored_products' THEN 'SP'
            WHEN 'sponsored_brands'   THEN 'SB'
            WHEN 'sponsored_display'  THEN 'SD'
            ELSE 'SA-other'
        END AS channel,
        event_dt AS touch_dt
    FROM sponsored_ads_traffic
    WHERE impressions > 0
),
channel_first_touch AS (
    SELECT user_id, channel, MIN(touch_dt) AS first_touch_dt
    FROM touchpoints
    GROUP BY user_id, channel
),
ordered AS (
    SELECT
        user_id,
        channel,
        RANK() OVER (PARTITION BY user_id ORDER BY first_touch_dt, channel) AS step
    FROM channel_first_touch
),
sequences AS (
    SELECT
        user_id,
        -- COLLECT keeps NULLs and has no order: prefix the step number and sort
        ARRAY_TO_STRING(
            ARRAY_SORT(COLLECT(CONCAT(CAST(step AS STRING), ':', channel))),
            ' | ') AS sequence_raw,
        COUNT(*) AS channels_touched
    FROM ordered
    GROUP BY user_id
),
buyers AS (
    SELECT DISTINCT user_id
    FROM conversions
    WHERE event_type_class = 'Conversion'
)
SELECT
    s.sequence_raw                                   AS channel_sequence,
    s.channels_touched,
    COUNT(s.user_id)                                 AS users,
    COUNT(b.user_id)                                 AS purchasers,
    COUNT(b.user_id) * 1.0 / COUNT(s.user_id)        AS conversion_rate
FROM sequences s
LEFT JOIN buyers b ON b.user_id = s.user_id
GROUP BY 1, 2
