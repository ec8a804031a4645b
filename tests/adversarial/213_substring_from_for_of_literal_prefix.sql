-- attack: ZIP3 prefix compared with SUBSTRING(literal FROM 1 FOR 3): positions are exempt, the string is not
-- mechanism: 1
-- expect-at: 7:7
SELECT iso_state_province_code,
       COUNT(DISTINCT user_id) AS reach
FROM amazon_attributed_events_by_traffic_time
WHERE SUBSTRING(postal_code FROM 1 FOR 3) = SUBSTRING('100xx' FROM 1 FOR 3)
GROUP BY iso_state_province_code
