-- A policy's own functions declare which arguments steer the value
-- (conditions) and which are only tested for NULL (null_tests): neither
-- makes the comparisons below literal filters; pick's branches still do.
-- A function declared with nothing but its arity fails closed: opaque
-- compares its arguments, so postal_code meets 'x' in it.
SELECT campaign, COUNT(DISTINCT user_id) AS users
FROM dsp_impressions
WHERE pick(postal_code = city_name, 1, 0) = 1
  AND has(postal_code, 1, 0) = 1
  AND pick(campaign IS NULL, postal_code, 'x') = '98109'
  AND opaque(campaign, 'x') = campaign
  AND opaque(postal_code, 'x') IS NOT NULL
GROUP BY campaign
