-- 14: MAX of a HIGH column (city_name) reveals it: 100 users per row.
-- (advertiser, device_type) rows have from about 40 to 1000 users.
-- expect: removes
SELECT advertiser,
       device_type,
       MAX(city_name) AS last_city
FROM dsp_impressions
GROUP BY advertiser, device_type
