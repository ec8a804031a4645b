-- attack: brand store session_id = literal to follow one visit
-- expect: literal compared with VERY_HIGH column (session_id =)
-- expect-at: 6:7
SELECT page_title, SUM(dwell_time) AS dwell
FROM amazon_brand_store_page_views
WHERE session_id = 'sess-000123'
GROUP BY page_title
