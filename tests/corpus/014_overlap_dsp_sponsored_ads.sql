-- DSP x Sponsored Ads overlap
-- Classic Amazon instructional query: users exposed to DSP only, sponsored ads
-- only, or both, with the purchase rate of each group.
WITH dsp AS (
    SELECT DISTINCT user_id
    FROM dsp_impressions
),
sa AS (
    SELECT DISTINCT user_id
    FROM sponsored_ads_traffic
    WHERE impressions > 0
),
exposed AS (
    SELECT
        COALESCE(d.user_id, s.user_id) AS user_id,
        CASE
            WHEN d.user_id IS NOT NULL AND s.user_id IS NOT NULL THEN 'DSP + SA'
            WHEN d.user_id IS NOT NULL THEN 'DSP only'
            ELSE 'SA only'
        END AS exposure_group
    FROM dsp d
    FULL OUTER JOIN sa s
        ON d.user_id = s.user_id
),
buyers AS (
    SELECT user_id, SUM(total_product_sales) AS sales
    FROM conversions
    WHERE event_type_class = 'Conversion'
    GROUP BY user_id
)
SELECT
    e.exposure_group,
    COUNT(DISTINCT e.user_id)                                   AS users,
    COUNT(DISTINCT b.user_id)                                   AS purchasers,
    COUNT(DISTINCT b.user_id) / CAST(COUNT(DISTINCT e.user_id) AS DOUBLE) AS purchase_rate,
    SUM(b.sales)                                                AS sales
FROM exposed e
LEFT JOIN buyers b
    ON b.user_id = e.user_id
GROUP BY e.exposure_group
