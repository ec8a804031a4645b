-- attack: audience query with a conversion count per user
-- expect: audience query output other than user_id (aggregate)
-- expect-at: 4:17
SELECT user_id, COUNT(*) AS conversions
FROM conversions_for_audiences
GROUP BY user_id
