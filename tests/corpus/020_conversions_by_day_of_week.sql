-- Purchases by day of week (DAYOFWEEK: 1 = Sunday ... 7 = Saturday)
SELECT
    DAYOFWEEK(event_dt_utc)                       AS dow_number,
    CASE DAYOFWEEK(event_dt_utc)
        WHEN 1 THEN 'Sunday'    WHEN 2 THEN 'Monday'
        WHEN 3 THEN 'Tuesday'   WHEN 4 THEN 'Wednesday'
        WHEN 5 THEN 'Thursday'  WHEN 6 THEN 'Friday'
        ELSE 'Saturday'
    END                                           AS day_name,
    COUNT(DISTINCT user_id)                       AS purchasers,
    SUM(conversions)                              AS purchases,
    SUM(total_units_sold)                         AS units,
    SUM(total_product_sales)                      AS sales
FROM conversions
WHERE event_type_class = 'Conversion'
GROUP BY 1, 2
