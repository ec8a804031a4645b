-- attack: non-ASCII string literal earlier on the line before a postal_code comparison
-- expect: literal compared with HIGH column (postal_code =)
-- expect-at: 4:93
SELECT campaign, COUNT(*) AS imps FROM dsp_impressions WHERE campaign <> 'Café Ünïcode' AND postal_code = '10001'
GROUP BY campaign
