-- attack: SELECT * from an audience table
-- expect: audience query output other than user_id (SELECT *; also: SELECT * from table)
-- expect-at: 4:8
SELECT *
FROM sponsored_ads_traffic_for_audiences
