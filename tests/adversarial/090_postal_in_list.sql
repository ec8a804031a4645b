-- attack: postal_code IN a list of literal codes
-- expect: literal compared with HIGH column (postal_code IN list)
-- expect-at: 6:7
SELECT campaign, SUM(impressions) AS imps
FROM dsp_impressions
WHERE postal_code IN ('10001', '10011', '10018')
GROUP BY campaign
