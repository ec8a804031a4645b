-- ############################################################################
-- Full-funnel analysis: awareness -> consideration -> conversion
-- ############################################################################
-- Question: of the users reached by upper-funnel (video / STV) DSP line items,
-- how many went on to a lower-funnel touch (display / sponsored ads), visited
-- a detail page, added to cart and purchased? Compared with users who only saw
-- lower-funnel ads.
--
-- Funnel stages are built per user in separate CTEs, then joined with USING.
-- The final SELECT aggregates across users, with the totals CTE CROSS JOINed
-- for shares of the whole audience.
-- ############################################################################

WITH
-- 1. upper-funnel exposure (video, streaming TV, audio)
upper_funnel AS (
    SELECT
        user_id,
        SUM(impressions)           AS uf_imps,
        MIN(impression_dt_utc)     AS uf_first_dt
    FROM dsp_impressions
    WHERE creative_type IN ('Streaming TV Video', 'Video', 'Audio')
    GROUP BY user_id
),

-- 2. lower-funnel DSP exposure (display, mobile banners)
lower_funnel_dsp AS (
    SELECT
        user_id,
        SUM(impressions)           AS lf_imps,
        MIN(impression_dt_utc)     AS lf_first_dt
    FROM dsp_impressions
    WHERE creative_type NOT IN ('Streaming TV Video', 'Video', 'Audio')
    GROUP BY user_id
),

-- 3. sponsored ads exposure
lower_funnel_sa AS (
    SELECT
        user_id,
        SUM(impressions)           AS sa_imps,
        SUM(clicks)                AS sa_clicks,
        MIN(event_dt_utc)          AS sa_first_dt
    FROM sponsored_ads_traffic
    GROUP BY user_id
),

-- 4. consideration & conversion events on Amazon
events AS (
    SELECT
        user_id,
        SUM(CASE WHEN event_subtype = 'detailPageView' THEN conversions ELSE 0 END) AS dpv,
        SUM(CASE WHEN event_subtype = 'shoppingCart'   THEN conversions ELSE 0 END) AS atc,
        SUM(CASE WHEN event_type_class = 'Conversion'  THEN conversions ELSE 0 END) AS purchases,
        SUM(CASE WHEN event_type_class = 'Conversion'  THEN total_product_sales ELSE 0 END) AS sales
    FROM conversions
    GROUP BY user_id
),

-- 5. every user reached by any ad, with the funnel flags
all_reached AS (
    SELECT user_id FROM upper_funnel
    UNION
    SELECT user_id FROM lower_funnel_dsp
    UNION
    SELECT user_id FROM lower_funnel_sa
),

-- 6. one row per user with all stages
user_funnel AS (
    SELECT
        r.user_id,
        CASE
            WHEN uf.user_id IS NOT NULL
             AND (lf.user_id IS NOT NULL OR sa.user_id IS NOT NULL) THEN 'upper + lower'
            WHEN uf.user_id IS NOT NULL                             THEN 'upper only'
            ELSE                                                         'lower only'
        END                                          AS funnel_path,
        IF(NVL(ev.dpv, 0) > 0, 1, 0)                 AS has_dpv,
        IF(NVL(ev.atc, 0) > 0, 1, 0)                 AS has_atc,
        IF(NVL(ev.purchases, 0) > 0, 1, 0)           AS has_purchase,
        NVL(ev.sales, 0)                             AS sales,
        NVL(uf.uf_imps, 0) + NVL(lf.lf_imps, 0) + NVL(sa.sa_imps, 0) AS total_imps
    FROM all_reached r
    LEFT JOIN upper_funnel     uf USING (user_id)
    LEFT JOIN lower_funnel_dsp lf USING (user_id)
    LEFT JOIN lower_funnel_sa  sa USING (user_id)
    LEFT JOIN events           ev USING (user_id)
),

-- 7. audience total for shares
totals AS (
    SELECT COUNT(*) AS all_users FROM user_funnel
)

SELECT
    uf.funnel_path,
    COUNT(uf.user_id)                                   AS users,
    COUNT(uf.user_id) * 1.0 / MAX(t.all_users)          AS share_of_reached_users,
    AVG(uf.total_imps)                                  AS avg_impressions,
    SUM(uf.has_dpv)                                     AS users_with_dpv,
    SUM(uf.has_atc)                                     AS users_with_atc,
    SUM(uf.has_purchase)                                AS purchasers,
    SUM(uf.has_dpv) * 1.0 / COUNT(uf.user_id)           AS dpv_rate,
    SUM(uf.has_atc) * 1.0 / NULLIF(SUM(uf.has_dpv), 0)  AS dpv_to_atc_rate,
    SUM(uf.has_purchase) * 1.0 / NULLIF(SUM(uf.has_atc), 0) AS atc_to_purchase_rate,
    SUM(uf.sales)                                       AS sales
FROM user_funnel uf
CROSS JOIN totals t
GROUP BY uf.funnel_path
