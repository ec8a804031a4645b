-- attack: user_id = CUSTOM_PARAMETER('target_user') supplied at execution
-- expect: literal compared with VERY_HIGH column (CUSTOM_PARAMETER value)
-- expect-at: 6:7
SELECT tracked_asin, SUM(total_units_sold) AS units
FROM conversions
WHERE user_id = CUSTOM_PARAMETER('target_user')
GROUP BY tracked_asin
