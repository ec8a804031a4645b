-- attack: PARTITION BY CONCAT('a', 'b') ordered by sponsored ads event_id; the third event is kept
-- mechanism: 4
-- expect-at: 11:7
WITH r AS (
  SELECT ad_product_type, clicks,
         ROW_NUMBER() OVER (PARTITION BY CONCAT('a', 'b') ORDER BY event_id) AS rn
  FROM sponsored_ads_traffic
)
SELECT ad_product_type, SUM(clicks) AS clicks
FROM r
WHERE rn = 3
GROUP BY ad_product_type
