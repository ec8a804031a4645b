-- attack: CASE WHEN user_id = literal counts the impressions of one chosen user
-- expect: literal compared with VERY_HIGH column (user_id) in a CASE condition
-- expect-at: 5:22
SELECT campaign,
       SUM(CASE WHEN user_id = 'a1b2c3d4e5f60718' THEN 1 ELSE 0 END) AS target_imps,
       COUNT(*) AS imps
FROM dsp_impressions
GROUP BY campaign
