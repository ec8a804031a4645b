-- attack: literal compared with HIGH column
-- expect: literal compared with HIGH column (LIKE with a pattern built from a literal)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS n
FROM dsp_impressions
WHERE postal_code LIKE CONCAT(campaign, '%')
GROUP BY campaign
