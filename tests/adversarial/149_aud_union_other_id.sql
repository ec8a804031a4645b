-- attack: audience UNION whose second branch returns event_id under the user_id column
-- expect: audience query output other than user_id (second UNION branch)
-- expect-at: 7:8
SELECT user_id
FROM dsp_impressions_for_audiences
UNION
SELECT event_id
FROM sponsored_ads_traffic_for_audiences
