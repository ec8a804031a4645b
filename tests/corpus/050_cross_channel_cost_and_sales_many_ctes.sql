-- Cross-channel media cost and sales by week: DSP, sponsored ads, and
-- Amazon Ad Server (off-Amazon) with its own conversion tags.
-- Six CTEs: three cost sources, two outcome sources, one calendar spine.
WITH dsp_cost AS (
    SELECT DATE_TRUNC('WEEK', impression_dt) AS wk,
           SUM(total_cost) / 100000.0        AS cost,
           SUM(impressions)                  AS impressions
    FROM dsp_impressions
    GROUP BY 1
),
sa_cost AS (
    SELECT DATE_TRUNC('WEEK', event_dt)      AS wk,
           SUM(spend) / 100000000.0          AS cost,   -- spend is in microcents
           SUM(impressions)                  AS impressions
    FROM sponsored_ads_traffic
    GROUP BY 1
),
adserver_delivery AS (
    SELECT DATE_TRUNC('WEEK', event_dt)      AS wk,
           SUM(impressions)                  AS impressions,
           SUM(clicks)                       AS clicks
    FROM adserver_traffic
    GROUP BY 1
),
amazon_sales AS (
    SELECT DATE_TRUNC('WEEK', traffic_event_dt) AS wk,
           SUM(total_product_sales)             AS sales
    FROM amazon_attributed_events_by_traffic_time
    GROUP BY 1
),
offsite_sales AS (
    SELECT DATE_TRUNC('WEEK', event_dt)      AS wk,
           SUM(revenue)                      AS revenue,
           SUM(conversions)                  AS conversions
    FROM adserver_conversions
    WHERE conversion_type = 'sales'
    GROUP BY 1
),
weeks AS (
    SELECT wk FROM dsp_cost
    UNION
    SELECT wk FROM sa_cost
    UNION
    SELECT wk FROM adserver_delivery
)
SELECT
    w.wk                                              AS week_start,
    NVL(d.cost, 0)                                    AS dsp_cost,
    NVL(s.cost, 0)                                    AS sponsored_ads_cost,
    NVL(d.impressions, 0) + NVL(s.impressions, 0)     AS amazon_impressions,
    NVL(a.impressions, 0)                             AS adserver_impressions,
    NVL(a.clicks, 0)                                  AS adserver_clicks,
    NVL(am.sales, 0)                                  AS amazon_sales,
    NVL(o.revenue, 0)                                 AS offsite_revenue,
    NVL(o.conversions, 0)                             AS offsite_conversions,
    (NVL(am.sales, 0) + NVL(o.revenue, 0)) / NULLIF(NVL(d.cost, 0) + NVL(s.cost, 0), 0) AS blended_roas
FROM weeks w
LEFT JOIN dsp_cost          d  ON d.wk  = w.wk
LEFT JOIN sa_cost           s  ON s.wk  = w.wk
LEFT JOIN adserver_delivery a  ON a.wk  = w.wk
LEFT JOIN amazon_sales      am ON am.wk = w.wk
LEFT JOIN offsite_sales     o  ON o.wk  = w.wk;
