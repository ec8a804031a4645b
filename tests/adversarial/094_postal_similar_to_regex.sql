-- attack: postal_code SIMILAR TO a Java regular expression
-- expect: literal compared with HIGH column (SIMILAR TO regex)
-- expect-at: 6:7
SELECT campaign, SUM(impressions) AS imps
FROM dsp_impressions
WHERE postal_code SIMILAR TO '^1000[1-3]$'
GROUP BY campaign
