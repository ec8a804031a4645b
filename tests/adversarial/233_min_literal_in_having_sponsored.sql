-- attack: HAVING MIN(user_id) = MIN(literal): the right side is an aggregate of a literal
-- mechanism: 2
-- expect-at: 8:8
SELECT campaign,
       SUM(clicks) AS clicks
FROM sponsored_ads_traffic
GROUP BY campaign
HAVING MIN(user_id) = MIN('amzn1.account.AFAKEID')
