-- 04: multi-key GROUP BY mixing HIGH (city_name) and LOW
-- (iso_state_province_code): the row needs max(100, 2) = 100 users.
-- expect: removes
SELECT iso_state_province_code AS state,
       city_name,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY iso_state_province_code, city_name
