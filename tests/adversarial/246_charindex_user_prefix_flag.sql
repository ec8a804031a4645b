-- attack: CHARINDEX of an id prefix inside user_id, summed as a flag
-- mechanism: 3
-- expect-at: 5:22
SELECT event_type,
       SUM(CASE WHEN CHARINDEX('amzn1.account.AE', user_id) = 1 THEN 1 ELSE 0 END) AS probe_hits
FROM conversions
GROUP BY event_type
