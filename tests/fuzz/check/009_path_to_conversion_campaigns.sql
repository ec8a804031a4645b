-- Path to conversion (campaign level)
-- ============================================================================
-- For every purchaser, take the ordered sequence of DSP campaigns they were
-- exposed to before their first purchase and count how many users followed
-- each path. Paths are limited to the first 4 touches to keep the number of
-- distinct paths (and therefore the number of rows below threshold) small.
-- ============================================================================
WITH first_purchase AS (
    SELECT user_id, MIN(event_dt_utc) AS purchase_dt
    FROM conversions
    WHERE event_type_class = 'Conversion'
    GROUP BY user_id
),
touches AS (
    SELECT
        i.user_id,
        i.campaign,
        MIN(i.impression_dt_utc) AS touch_dt
    FROM dsp_impressions i
    JOIN first_purchase fp
      ON fp.user_id = i.user_id
     AND i.impression_dt_utc < fp.purchase_dt
    GROUP BY i.user_id, i.campaign
),
ranked AS (
    SELECT
        user_id,
        campaign,
        ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY touch_dt) AS touch_number
    FROM touches
),
paths AS (
    SELECT
        user_id,
        CONCAT(
            MAX(IF(touch_number = 1, campaign, NULL)),
            COALESCE(CONCAT(' > ', MAX(IF(touch_number = 2, campaign, NULL))), ''),
            COALESCE(CONCAT(' > ', MAX(IF(touch_number = 3, campaign, NULL))), ''),
            COALESCE(CONCAT(' > ', MAX(IF(touch_number = 4, campaign, NULL))), '')
        ) AS path,
        MAX(touch_number) AS path_length
    FROM ranked
    GROUP BY user_id
)
SELECT
    path,
    path_length,
    COUNT(user_id) AS converting_users
FROM paths
GROUP BY path, path_length
