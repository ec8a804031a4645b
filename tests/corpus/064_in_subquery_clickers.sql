-- Purchases by users who clicked a DSP ad (IN subquery) vs. all purchasers
WITH clicker_purchases AS (
    SELECT event_subtype, SUM(conversions) AS purchases, COUNT(DISTINCT user_id) AS buyers
    FROM conversions
    WHERE event_type_class = 'Conversion'
      AND user_id IN (SELECT user_id FROM dsp_clicks WHERE clicks > 0)
    GROUP BY event_subtype
),
all_purchases AS (
    SELECT event_subtype, SUM(conversions) AS purchases, COUNT(DISTINCT user_id) AS buyers
    FROM conversions
    WHERE event_type_class = 'Conversion'
    GROUP BY event_subtype
)
SELECT
    a.event_subtype,
    NVL(c.purchases, 0)                    AS purchases_by_clickers,
    a.purchases                            AS all_purchases,
    NVL(c.buyers, 0)                       AS clicker_buyers,
    a.buyers                               AS all_buyers,
    NVL(c.purchases, 0) * 1.0 / a.purchases AS clicker_share
FROM all_purchases a
LEFT JOIN clicker_purchases c ON c.event_subtype = a.event_subtype
