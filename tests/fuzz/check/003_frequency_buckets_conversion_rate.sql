-- Frequency buckets vs. purchase rate
-- For each DSP line item: bucket users by the number of impressions they saw and
-- measure what share of each bucket purchased a tracked ASIN afterwards.
WITH exposures AS (
    SELECT
        line_item_id,
        line_item,
        user_id,
        SUM(impressions)   AS imps,
        MIN(impression_dt) AS first_imp_dt
    FROM dsp_impressions
    GROUP BY line_item_id, line_item, user_id
),
purchasers AS (
    SELECT
        user_id,
        MIN(event_dt_utc) AS first_purchase_dt
    FROM conversions
    WHERE event_type_class = 'Conversion'
      AND event_subtype = 'order'
    GROUP BY user_id
),
bucketed AS (
    SELECT
        e.line_item_id,
        e.line_item,
        e.user_id,
        CASE
            WHEN e.imps = 1 THEN '01'
            WHEN e.imps BETWEEN 2 AND 3 THEN '02-03'
            WHEN e.imps BETWEEN 4 AND 6 THEN '04-06'
            WHEN e.imps BETWEEN 7 AND 10 THEN '07-10'
            ELSE '11+'
        END AS frequency_bucket,
        CASE WHEN p.first_purchase_dt >= e.first_imp_dt THEN 1 ELSE 0 END AS purchased
    FROM exposures e
    LEFT JOIN purchasers p
        ON p.user_id = e.user_id
)
SELECT
    line_item_id,
    line_item,
    frequency_bucket,
    COUNT(DISTINCT user_id)                                  AS users,
    SUM(purchased)                                           AS purchasers,
    CAST(SUM(purchased) AS DOUBLE) / COUNT(DISTINCT user_id) AS purchase_rate
FROM bucketed
GROUP BY 1, 2, 3
