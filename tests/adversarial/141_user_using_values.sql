-- attack: JOIN a VALUES list of literal ids USING (user_id): the comparison is implicit
-- expect: literal compared with VERY_HIGH column (USING join key against VALUES)
-- expect-at: 6:59
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
JOIN (VALUES ('u-0001'), ('u-0002')) AS t(user_id) USING (user_id)
GROUP BY campaign
