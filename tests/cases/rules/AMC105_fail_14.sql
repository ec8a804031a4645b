-- AMC105: must be reported. UNION (not UNION ALL) compares the rows of both
-- queries: a literal 'TOTAL' row meets the postal codes.
SELECT postal_code, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY postal_code
UNION
SELECT 'TOTAL' AS postal_code, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
