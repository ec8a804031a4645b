-- attack: postal_code LIKE '100%' narrows to a handful of codes
-- expect: literal compared with HIGH column (LIKE)
-- expect-at: 6:7
SELECT line_item, COUNT(*) AS imps
FROM dsp_impressions
WHERE postal_code LIKE '100%'
GROUP BY line_item
