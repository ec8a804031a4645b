-- attack: literal compared with VERY_HIGH column
-- expect: literal compared with VERY_HIGH column (= ANY ARRAY)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS n
FROM dsp_impressions
WHERE user_id = ANY (ARRAY['a1b2c3', 'd4e5f6'])
GROUP BY campaign
