-- attack: REGEXP_SUBSTR(postal_code, pattern) IS NOT NULL as a regex filter
-- expect: literal compared with HIGH column (regex function)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE REGEXP_SUBSTR(postal_code, '^1000[1-9]') IS NOT NULL
GROUP BY campaign
