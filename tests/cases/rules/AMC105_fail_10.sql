-- AMC105: must be reported. A grouping key built from postal_code and a
-- literal (SUBSTRING(...) || 'xx') is a group-by key influenced by a literal.
SELECT SUBSTRING(postal_code, 1, 3) || 'xx' AS zip3,
       COUNT(DISTINCT user_id) AS reach,
       SUM(impressions) AS impressions
FROM dsp_impressions
WHERE postal_code IS NOT NULL
GROUP BY 1
