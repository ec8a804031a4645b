-- attack: CASE WHEN postal_code = literal counts one small postal code
-- expect: literal compared with HIGH column (postal_code) in a CASE condition
-- expect-at: 5:24
SELECT campaign,
       COUNT(CASE WHEN postal_code = '59001' THEN 1 END) AS tiny_town_imps
FROM dsp_impressions
GROUP BY campaign
