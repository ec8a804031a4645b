-- attack: MAX('amzn1...') OVER (PARTITION BY user_id) gives each row the target id; the next step compares
-- mechanism: 2
-- expect-at: 11:7
WITH s AS (
  SELECT user_id, ad_product_type, impressions,
         MAX('amzn1.account.AHXYZ') OVER (PARTITION BY user_id) AS target
  FROM sponsored_ads_traffic
)
SELECT ad_product_type, SUM(impressions) AS imps
FROM s
WHERE user_id = target
GROUP BY ad_product_type
