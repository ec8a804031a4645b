-- 03: GROUP BY postal_code (HIGH: 100 users). Postal codes are Zipf-sized:
-- only a handful have 100 users; almost every row is removed.
-- expect: removes
SELECT postal_code,
       COUNT(*) AS n,
       SUM(impressions) AS imps
FROM dsp_impressions
GROUP BY postal_code
