-- attack: NOT (postal_code <> literal): equality in disguise
-- expect: literal compared with HIGH column (<> under NOT)
-- expect-at: 6:12
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE NOT (postal_code <> '10001')
GROUP BY campaign
