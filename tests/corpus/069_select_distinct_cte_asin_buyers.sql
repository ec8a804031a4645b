-- Cross-purchase: of the buyers of one ASIN group, how many also bought ASINs
-- of the other group? SELECT DISTINCT builds the buyer lists.
WITH hero_buyers AS (
    SELECT DISTINCT user_id
    FROM conversions
    WHERE event_type_class = 'Conversion'
      AND tracked_asin IN (CUSTOM_PARAMETER('hero_asins'))
),
accessory_buyers AS (
    SELECT DISTINCT user_id, tracked_asin
    FROM conversions
    WHERE event_type_class = 'Conversion'
      AND tracked_asin IN (CUSTOM_PARAMETER('accessory_asins'))
)
SELECT
    a.tracked_asin                        AS accessory_asin,
    COUNT(DISTINCT a.user_id)             AS accessory_buyers,
    COUNT(DISTINCT h.user_id)             AS also_bought_hero
FROM accessory_buyers a
LEFT JOIN hero_buyers h ON h.user_id = a.user_id
GROUP BY a.tracked_asin
