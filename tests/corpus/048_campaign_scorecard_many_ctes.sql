-- =============================================================================
-- DSP campaign scorecard
-- =============================================================================
-- One row per DSP campaign with delivery, cost, engagement, viewability and
-- attributed outcomes. Each metric family is computed in its own CTE at the
-- campaign grain and the CTEs are joined at the end.
--
-- Sources: dsp_impressions, dsp_clicks, dsp_views,
--          amazon_attributed_events_by_traffic_time
-- Grain of the output: campaign_id
-- Notes:
--   * total_cost is in millicents -> divide by 100,000 for currency units
--   * viewability = viewable / measurable impressions from dsp_views
-- =============================================================================
WITH delivery AS (
    SELECT
        campaign_id,
        campaign,
        SUM(impressions)                 AS impressions,
        COUNT(DISTINCT user_id)          AS reach,
        SUM(total_cost) / 100000.0       AS spend,
        SUM(supply_cost) / 100000.0      AS supply_spend,
        SUM(audience_fee) / 100000.0     AS audience_fees
    FROM dsp_impressions
    GROUP BY campaign_id, campaign
),

engagement AS (
    SELECT
        campaign_id,
        SUM(clicks)                      AS clicks,
        COUNT(DISTINCT user_id)          AS clickers
    FROM dsp_clicks
    GROUP BY campaign_id
),

viewability AS (
    SELECT
        campaign_id,
        SUM(viewable_impressions)        AS viewable_impressions,
        SUM(measurable_impressions)      AS measurable_impressions
    FROM dsp_views
    GROUP BY campaign_id
),

outcomes AS (
    SELECT
        campaign_id,
        SUM(detail_page_view)            AS dpv,
        SUM(add_to_cart)                 AS atc,
        SUM(purchases)                   AS purchases,
        SUM(product_sales)               AS sales,
        SUM(new_to_brand_purchases)      AS ntb_purchases,
        SUM(new_to_brand_product_sales)  AS ntb_sales,
        SUM(brand_halo_product_sales)    AS halo_sales
    FROM amazon_attributed_events_by_traffic_time
    WHERE line_item_id IS NOT NULL
    GROUP BY campaign_id
),

frequency AS (
    -- median frequency needs a per-user step first
    SELECT campaign_id, MEDIAN(user_imps) AS median_frequency
    FROM (
        SELECT campaign_id, user_id, SUM(impressions) AS user_imps
        FROM dsp_impressions
        GROUP BY campaign_id, user_id
    ) per_user
    GROUP BY campaign_id
),

scorecard AS (
    SELECT
        d.campaign_id,
        d.campaign,
        d.impressions,
        d.reach,
        d.impressions * 1.0 / NULLIF(d.reach, 0)                  AS avg_frequency,
        f.median_frequency,
        d.spend,
        d.spend * 1000 / NULLIF(d.impressions, 0)                  AS ecpm,
        COALESCE(e.clicks, 0)                                      AS clicks,
        COALESCE(e.clicks, 0) * 1.0 / NULLIF(d.impressions, 0)     AS ctr,
        v.viewable_impressions * 1.0 / NULLIF(v.measurable_impressions, 0) AS viewability_rate,
        COALESCE(o.dpv, 0)                                         AS dpv,
        COALESCE(o.atc, 0)                                         AS atc,
        COALESCE(o.purchases, 0)                                   AS purchases,
        COALESCE(o.sales, 0)                                       AS sales,
        COALESCE(o.ntb_purchases, 0)                               AS ntb_purchases,
        COALESCE(o.ntb_sales, 0)                                   AS ntb_sales,
        COALESCE(o.halo_sales, 0)                                  AS halo_sales
    FROM delivery d
    LEFT JOIN engagement  e ON e.campaign_id = d.campaign_id
    LEFT JOIN viewability v ON v.campaign_id = d.campaign_id
    LEFT JOIN outcomes    o ON o.campaign_id = d.campaign_id
    LEFT JOIN frequency   f ON f.campaign_id = d.campaign_id
)

SELECT
    campaign_id,
    campaign,
    impressions,
    reach,
    avg_frequency,
    median_frequency,
    spend,
    ecpm,
    clicks,
    ctr,
    viewability_rate,
    dpv,
    dpv * 1.0 / NULLIF(impressions, 0)          AS dpvr,
    atc,
    purchases,
    purchases * 1.0 / NULLIF(reach, 0)          AS purchase_rate,
    sales,
    sales / NULLIF(spend, 0)                    AS roas,
    spend / NULLIF(purchases, 0)                AS cost_per_purchase,
    ntb_purchases,
    ntb_sales,
    ntb_purchases * 1.0 / NULLIF(purchases, 0)  AS ntb_share,
    halo_sales
FROM scorecard
