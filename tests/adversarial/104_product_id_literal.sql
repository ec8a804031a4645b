-- attack: HIGH product_id of ad server conversions equal to a literal
-- expect: literal compared with HIGH column (product_id =)
-- expect-at: 6:7
SELECT conversion_activity, SUM(conversions) AS conversions
FROM adserver_conversions
WHERE product_id = 'B000RARE01'
GROUP BY conversion_activity
