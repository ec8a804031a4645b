-- Lineage flows through a CTE column list, CASE (condition included) and
-- string functions; COUNT(DISTINCT ...) and IS NULL reveal nothing.
WITH per_user (uid, zip, imps) AS (
  SELECT user_id, postal_code, SUM(impressions)
  FROM dsp_impressions
  GROUP BY 1, 2
)
SELECT
  CASE WHEN zip IS NOT NULL THEN UPPER(zip) END AS zip_label,
  CASE WHEN imps > 10 THEN 'heavy' ELSE 'light' END AS bucket,
  COUNT(DISTINCT uid) AS users
FROM per_user
GROUP BY 1, 2
