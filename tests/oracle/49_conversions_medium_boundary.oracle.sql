-- amcq prints booleans as true/false, like AMC (through UNION ALL too)
SELECT 'all' AS period,
       CASE WHEN new_to_brand THEN 'true' ELSE 'false' END AS new_to_brand,
       COUNT(DISTINCT user_id) AS buyers,
       MAX(event_dt_utc) AS last_purchase
FROM conversions
GROUP BY new_to_brand
HAVING COUNT(DISTINCT user_id) >= 100
UNION ALL
SELECT 'from_day_2' AS period,
       CASE WHEN new_to_brand THEN 'true' ELSE 'false' END AS new_to_brand,
       COUNT(DISTINCT user_id) AS buyers,
       MAX(event_dt_utc) AS last_purchase
FROM conversions
WHERE event_date_utc >= '2025-06-02'
GROUP BY new_to_brand
HAVING COUNT(DISTINCT user_id) >= 100;
