-- AMC105: must not be reported
-- A flag computed from a CASE condition on a HIGH column is compared with 1: the flag's value is a literal.
WITH flagged AS (
  SELECT campaign, user_id,
         CASE WHEN postal_code = city_name THEN 1 ELSE 0 END AS same_place
  FROM dsp_impressions
)
SELECT campaign, COUNT(DISTINCT user_id) AS users
FROM flagged
WHERE same_place = 1
GROUP BY campaign
