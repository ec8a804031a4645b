-- attack: brand store visit_id output per page, grouped by it
-- expect: VERY_HIGH in output (also: row-level export grouped by visit_id)
-- expect-at: 5:8
SELECT page_title,
       visit_id,
       SUM(dwell_time) AS dwell
FROM amazon_brand_store_page_views
GROUP BY page_title, visit_id
