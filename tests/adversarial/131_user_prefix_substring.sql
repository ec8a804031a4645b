-- attack: SUBSTRING(user_id, 1, 12) = literal prefix narrows to one user
-- expect: literal compared with VERY_HIGH column (derived via SUBSTRING)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE SUBSTRING(user_id, 1, 12) = 'a1b2c3d4e5f6'
GROUP BY campaign
