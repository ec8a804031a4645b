-- AMC105: must not be reported. COUNT(DISTINCT CONCAT(user_id, '-', day)):
-- a literal separator fused to the values on every row (docs/security.md).
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach,
       COUNT(DISTINCT CONCAT(user_id, '-', CAST(impression_date AS VARCHAR))) AS user_days
FROM dsp_impressions
GROUP BY campaign
