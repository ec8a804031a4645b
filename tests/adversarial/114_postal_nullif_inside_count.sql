-- attack: COUNT(NULLIF(postal_code, literal)): COUNT is exempt but NULLIF compares
-- expect: literal compared with HIGH column (NULLIF)
-- expect-at: 5:25
SELECT campaign,
       COUNT(*) - COUNT(NULLIF(postal_code, '10001')) AS imps_in_10001
FROM dsp_impressions
GROUP BY campaign
