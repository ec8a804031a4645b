-- attack: CONTAINED_IN(postal_code, literal, literal), AMC's IN-like expression
-- expect: literal compared with HIGH column (CONTAINED_IN)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE CONTAINED_IN(postal_code, '10001', '10011')
GROUP BY campaign
