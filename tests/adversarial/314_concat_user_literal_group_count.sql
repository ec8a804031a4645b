-- attack: grouping by CONCAT(user_id-derived flag, literal) where the flag mixes user_id with a literal branch
-- mechanism: 3
-- expect-at: 9:60
WITH f AS (
  SELECT CASE WHEN clicks > 0 THEN user_id ELSE 'amzn1.account.AFAKE' END AS who, impressions
  FROM sponsored_ads_traffic
)
SELECT COUNT(*) AS groups_n
FROM (SELECT who, SUM(impressions) AS imps FROM f GROUP BY who) g
