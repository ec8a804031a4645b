-- 117 without thresholds, in SQLite (group_concat for ARRAY_TO_STRING of the sorted COLLECT)
WITH touchpoints AS (
    SELECT user_id, 'DSP' AS channel, impression_dt AS touch_dt
    FROM dsp_impressions
    UNION ALL
    SELECT user_id,
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
    SELECT user_id, channel,
           RANK() OVER (PARTITION BY user_id ORDER BY first_touch_dt, channel) AS step
    FROM channel_first_touch
),
sequences AS (
    SELECT user_id, group_concat(s, ' | ') AS sequence_raw, COUNT(*) AS channels_touched
    FROM (SELECT DISTINCT user_id, CAST(step AS TEXT) || ':' || channel AS s
          FROM ordered ORDER BY user_id, s)
    GROUP BY user_id
),
buyers AS (
    SELECT DISTINCT user_id FROM conversions WHERE event_type_class = 'Conversion'
)
SELECT s.sequence_raw AS channel_sequence,
       s.channels_touched,
       COUNT(s.user_id) AS users,
       COUNT(b.user_id) AS purchasers
FROM sequences s
LEFT JOIN buyers b ON b.user_id = s.user_id
GROUP BY 1, 2
