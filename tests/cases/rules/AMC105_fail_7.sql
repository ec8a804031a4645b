-- AMC105: must be reported
-- The value of a CASE branch is still the HIGH column: comparing it with a literal is a literal filter.
WITH t AS (
  SELECT campaign, user_id,
         CASE WHEN campaign IS NOT NULL THEN postal_code END AS pc
  FROM dsp_impressions
)
SELECT campaign, COUNT(DISTINCT user_id) AS users
FROM t
WHERE pc = '98109'
GROUP BY campaign
