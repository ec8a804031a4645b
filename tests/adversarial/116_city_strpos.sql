-- attack: STRPOS(city_name, literal) > 0 as a substring filter
-- expect: literal compared with HIGH column (STRPOS)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_views
WHERE STRPOS(city_name, 'Spring') > 0
GROUP BY campaign
