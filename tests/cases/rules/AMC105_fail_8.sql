-- AMC105: must be reported
-- IF's branches are its value: IF(flag, postal_code, city_name) compared with a literal reveals both.
SELECT campaign, COUNT(DISTINCT user_id) AS users
FROM dsp_impressions
WHERE IF(campaign IS NULL, postal_code, city_name) = 'Seattle'
GROUP BY campaign
