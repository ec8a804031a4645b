-- attack: COUNT(DISTINCT user_id) FILTER (WHERE city_name = literal)
-- expect: literal compared with HIGH column (city_name in aggregate FILTER)
-- expect-at: 5:46
SELECT campaign,
       COUNT(DISTINCT user_id) FILTER (WHERE city_name = 'Springfield') AS springfield_reach,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY campaign
