-- Brand Store insights: page views, visits and dwell time per store page,
-- and the share of visitors who were reached by DSP beforehand.
WITH page_views AS (
    SELECT
        store_name,
        page_title,
        user_id,
        visit_id,
        dwell_time
    FROM amazon_brand_store_page_views
    WHERE page_title IS NOT NULL
),
dsp_reached AS (
    SELECT DISTINCT user_id FROM dsp_impressions
)
SELECT
    pv.store_name,
    pv.page_title,
    COUNT(*)                                   AS page_views,
    COUNT(DISTINCT pv.visit_id)                AS visits,
    COUNT(DISTINCT pv.user_id)                 AS visitors,
    AVG(pv.dwell_time)                         AS avg_dwell_seconds,
    MEDIAN(pv.dwell_time)                      AS median_dwell_seconds,
    COUNT(DISTINCT d.user_id)                  AS visitors_reached_by_dsp
FROM page_views pv
LEFT JOIN dsp_reached d ON d.user_id = pv.user_id
GROUP BY pv.store_name, pv.page_title
