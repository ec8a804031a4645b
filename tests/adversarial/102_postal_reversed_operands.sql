-- attack: literal on the left: '10001' = postal_code
-- expect: literal compared with HIGH column (literal as left operand)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE '10001' = postal_code
GROUP BY campaign
