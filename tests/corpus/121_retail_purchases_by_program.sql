-- Amazon retail purchases (paid feature) by purchase program and order
-- method: buyers, units and sales.
SELECT
    purchase_program_name,
    purchase_order_method,
    COUNT(DISTINCT user_id) AS buyers,
    SUM(purchase_units_sold) AS units,
    SUM(purchase_units_sold * unit_price) AS sales
FROM amazon_retail_purchases
GROUP BY 1, 2
