-- attack: user_id = CONCAT(literal, literal): the id assembled from two halves
-- expect: literal compared with VERY_HIGH column (literal-derived CONCAT)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE user_id = CONCAT('a1b2c3d4', 'e5f60718')
GROUP BY campaign
