-- attack: STRPOS(user_id, SUBSTRING(user_id, 5, 1)): where the fifth character first occurs, output as a maximum
-- mechanism: 5
-- expect-at: 5:8
SELECT event_type,
       MAX(STRPOS(user_id, SUBSTRING(user_id, 5, 1))) AS pos
FROM conversions
GROUP BY event_type
