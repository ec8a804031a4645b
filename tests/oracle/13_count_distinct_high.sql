-- 13: COUNT(DISTINCT x) of HIGH columns (postal_code, city_name) reveals
-- nothing: the campaign rows need 2 users, not 100. Nothing removed.
-- expect: keeps-all
SELECT campaign,
       COUNT(DISTINCT postal_code) AS postal_codes,
       COUNT(DISTINCT city_name) AS cities
FROM dsp_impressions
GROUP BY campaign
