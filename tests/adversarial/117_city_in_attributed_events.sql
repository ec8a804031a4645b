-- attack: city_name equality in the attributed-events table to read one town's sales
-- expect: literal compared with HIGH column (city_name =)
-- expect-at: 6:7
SELECT tracked_asin, SUM(total_product_sales) AS sales
FROM amazon_attributed_events_by_traffic_time
WHERE city_name = 'Smallville'
GROUP BY tracked_asin
