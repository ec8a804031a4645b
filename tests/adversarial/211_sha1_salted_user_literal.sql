-- attack: SHA1(CONCAT(user_id, salt)) against SHA1 of the same salt and a target id
-- mechanism: 1
-- expect-at: 7:7
SELECT conversion_event_name,
       SUM(total_product_sales) AS sales
FROM conversions
WHERE SHA1(CONCAT(user_id, 'pepper')) = SHA1(CONCAT('amzn1.account.AEXAMPLE', 'pepper'))
GROUP BY conversion_event_name
