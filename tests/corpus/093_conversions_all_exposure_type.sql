-- Ad-exposed vs. non-ad-exposed conversions (conversions_all also contains
-- conversions of users who never saw an ad)
SELECT
  exposure_type,
  event_category,
  new_to_brand,
  SUM(conversions)                                  AS conversions,
  SUM(total_product_sales)                          AS sales,
  COUNT(DISTINCT user_id)                           AS converters,
  SUM(total_product_sales) / COUNT(DISTINCT user_id) AS sales_per_converter
FROM conversions_all
WHERE event_type_class = 'Conversion'
GROUP BY exposure_type, event_category, new_to_brand
