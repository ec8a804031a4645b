-- =============================================================================
-- Exposed vs. unexposed purchase lift by audience segment (long workflow)
-- =============================================================================
-- Compares the purchase rate of users exposed to the campaign with users of
-- the same Amazon audience segments who were NOT exposed (but were active on
-- sponsored ads, so they were reachable). This is a descriptive comparison,
-- not a controlled experiment: treat the "lift" as directional.
--
-- Parameters:
--   campaign_ids  ARRAY<LONG>    campaigns under test
--   asins         ARRAY<STRING>  promoted ASINs
--   segment_ids   ARRAY<INTEGER> audience segments to compare within
--
-- (Some indentation below uses no-break spaces: the query was pasted from a
--  wiki page, and AMC reads U+00A0 as whitespace.)
-- =============================================================================
WITH
test_exposure AS (
    SELECT
        user_id,
        MIN(impression_dt_utc) AS first_exposure_dt,
        SUM(impressions)       AS imps
    FROM dsp_impressions
    WHERE campaign_id IN (CUSTOM_PARAMETER('campaign_ids'))
    GROUP BY user_id
),

-- the reachable population: anyone with sponsored ads traffic in the window
reachable AS (
    SELECT DISTINCT user_id
    FROM sponsored_ads_traffic
    WHERE impressions > 0
),

segment_members AS (
    SELECT DISTINCT user_id, segment_name
    FROM audience_segments_amer_inmarket
    WHERE segment_id IN (CUSTOM_PARAMETER('segment_ids'))
),

promoted_purchases AS (
    SELECT
        user_id,
        MIN(event_dt_utc)           AS first_purchase_dt,
        SUM(total_product_sales)    AS sales,
        SUM(total_units_sold)       AS units
    FROM conversions
    WHERE event_type_class = 'Conversion'
      AND tracked_asin IN (CUSTOM_PARAMETER('asins'))
    GROUP BY user_id
),

population AS (
    -- exposed users
    SELECT
        s.segment_name,
        t.user_id,
        'exposed'                   AS grp,
        t.first_exposure_dt         AS anchor_dt
    FROM test_exposure t
    JOIN segment_members s ON s.user_id = t.user_id

    UNION ALL

    -- unexposed but reachable users of the same segments
    SELECT
        s.segment_name,
        r.user_id,
        'unexposed'                 AS grp,
        CAST(NULL AS TIMESTAMP)     AS anchor_dt
    FROM reachable r
    JOIN segment_members s ON s.user_id = r.user_id
    LEFT JOIN test_exposure t ON t.user_id = r.user_id
    WHERE t.user_id IS NULL
),

outcomes AS (
    SELECT
        p.segment_name,
        p.grp,
        p.user_id,
        CASE
            WHEN pp.user_id IS NULL                        THEN 0
            WHEN p.grp = 'unexposed'                       THEN 1
            WHEN pp.first_purchase_dt >= p.anchor_dt       THEN 1
            ELSE 0
        END                                                AS purchased,
        NVL(pp.sales, 0)                                   AS sales
    FROM population p
    LEFT JOIN promoted_purchases pp ON pp.user_id = p.user_id
),

rates AS (
    SELECT
        segment_name,
        grp,
        COUNT(DISTINCT user_id)                            AS users,
        SUM(purchased)                                     AS purchasers,
        SUM(purchased) * 1.0 / COUNT(DISTINCT user_id)     AS purchase_rate,
        SUM(sales)                                         AS sales
    FROM outcomes
    GROUP BY segment_name, grp
),

exposed_rates AS (
    SELECT * FROM rates WHERE grp = 'exposed'
),

unexposed_rates AS (
    SELECT * FROM rates WHERE grp = 'unexposed'
)

SELECT
    e.segment_name,
    e.users                                                AS exposed_users,
    u.users                                                AS unexposed_users,
    e.purchase_rate                                        AS exposed_purchase_rate,
    u.purchase_rate                                        AS unexposed_purchase_rate,
    (e.purchase_rate - u.purchase_rate)
        / NULLIF(u.purchase_rate, 0)                       AS relative_lift,
    e.sales / NULLIF(e.users, 0)                           AS exposed_sales_per_user,
    u.sales / NULLIF(u.users, 0)                           AS unexposed_sales_per_user
FROM exposed_rates e
FULL OUTER JOIN unexposed_rates u
    ON u.segment_name = e.segment_name
