-- 44: a CASE whose result is a HIGH column in one branch (city_name of TV
-- impressions) and a LOW one in the other (the state otherwise): the column
-- reveals city_name, so every row needs 100 users, the state rows included.
-- TV cities are small (removed); most states pass 100 non-TV users. (A
-- literal ELSE branch would be rejected: AMC105, GROUP BY key compared with
-- a literal.)
-- expect: removes
SELECT CASE WHEN device_type = 'TV' THEN city_name ELSE iso_state_province_code END AS place,
       COUNT(*) AS n
FROM dsp_impressions
GROUP BY CASE WHEN device_type = 'TV' THEN city_name ELSE iso_state_province_code END
