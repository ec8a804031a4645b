-- attack: a JSON document holding the ZIP compared with one built from postal_code
-- mechanism: 1
-- expect-at: 7:7
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE JSON_SERIALIZE(NAMED_ROW('z', postal_code)) = JSON_SERIALIZE(NAMED_ROW('z', '73301'))
GROUP BY campaign
