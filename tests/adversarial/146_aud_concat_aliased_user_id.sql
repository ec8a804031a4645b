-- attack: CONCAT(user_id, '|', city_name) aliased user_id
-- expect: audience query output other than user_id (expression named user_id)
-- expect-at: 4:8
SELECT CONCAT(user_id, '|', city_name) AS user_id
FROM dsp_impressions_for_audiences
