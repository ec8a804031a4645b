-- Top 20 search terms per sponsored-brands campaign by attributed sales.
-- Amazon-style: the ranking CTE ends with an ORDER BY (harmless inside a CTE),
-- the final SELECT has none.
WITH term_sales AS (
    SELECT
        campaign,
        customer_search_term,
        SUM(total_product_sales)   AS sales,
        SUM(total_purchases)       AS purchases,
        SUM(clicks)                AS clicks
    FROM amazon_attributed_events_by_traffic_time
    WHERE ad_product_type = 'sponsored_brands'
      AND customer_search_term IS NOT NULL
    GROUP BY campaign, customer_search_term
),
ranked_terms AS (
    SELECT
        campaign,
        customer_search_term,
        sales,
        purchases,
        clicks,
        RANK() OVER (PARTITION BY campaign ORDER BY sales DESC) AS sales_rank
    FROM term_sales
    ORDER BY campaign, sales_rank
)
SELECT campaign, customer_search_term, sales, purchases, clicks, sales_rank
FROM ranked_terms
WHERE sales_rank <= 20;
