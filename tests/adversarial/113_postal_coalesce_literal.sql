-- attack: COALESCE(postal_code, literal) = literal
-- expect: literal compared with HIGH column (derived via COALESCE)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE COALESCE(postal_code, '00000') = '10001'
GROUP BY campaign
