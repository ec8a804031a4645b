-- 45: a CASE on postal_code IS NULL: IS NULL reveals nothing, so the
-- requirement is 1 user although postal_code is HIGH. The 'unknown' row
-- holds only NULL-user impressions (0 users): removed; 'known': kept.
-- expect: removes
SELECT CASE WHEN postal_code IS NULL THEN 'unknown' ELSE 'known' END AS postal,
       COUNT(*) AS n
FROM dsp_impressions
GROUP BY CASE WHEN postal_code IS NULL THEN 'unknown' ELSE 'known' END
