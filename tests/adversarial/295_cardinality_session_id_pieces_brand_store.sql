-- attack: brand store session_id split into pieces, their count output per page
-- mechanism: 5
-- expect-at: 5:8
SELECT page_title,
       MAX(CARDINALITY(REGEXP_SPLIT(session_id, '\.'))) AS session_parts
FROM amazon_brand_store_page_views
GROUP BY page_title
