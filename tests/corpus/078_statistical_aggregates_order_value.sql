-- Order value statistics per marketplace and NTB flag: median, percentiles,
-- standard deviation, variance and skewness of per-user sales.
WITH user_sales AS (
    SELECT
        marketplace_name,
        new_to_brand,
        user_id,
        SUM(total_product_sales) AS sales
    FROM conversions
    WHERE event_type_class = 'Conversion'
    GROUP BY marketplace_name, new_to_brand, user_id
)
SELECT
    marketplace_name,
    new_to_brand,
    COUNT(*)                           AS buyers,
    AVG(sales)                         AS mean_sales,
    MEDIAN(sales)                      AS median_sales,
    APPROX_PERCENTILE(sales, 0.25)     AS p25_sales,
    APPROX_PERCENTILE(sales, 0.75)     AS p75_sales,
    PERCENTILE(sales, 0.95)            AS p95_sales,
    STDDEV_SAMP(sales)                 AS sd_sales,
    STDDEV_POP(sales)                  AS sd_pop_sales,
    VARIANCE(sales)                    AS var_sales,
    VAR_POP(sales)                     AS var_pop_sales,
    SKEWNESS(sales)                    AS skew_sales
FROM user_sales
GROUP BY marketplace_name, new_to_brand
