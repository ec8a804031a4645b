-- attack: STRPOS(user_id, literal) = 1: a prefix test via a string function
-- expect: literal compared with VERY_HIGH column (STRPOS)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE STRPOS(user_id, 'a1b2c3') = 1
GROUP BY campaign
