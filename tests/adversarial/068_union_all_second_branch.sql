-- attack: UNION ALL puts user_id under the innocent column name label of the first branch
-- expect: VERY_HIGH in output (second UNION ALL branch; also: row-level export grouped by user_id)
-- expect-at: 8:8
SELECT campaign AS label, COUNT(*) AS n
FROM dsp_impressions
GROUP BY campaign
UNION ALL
SELECT user_id, COUNT(*)
FROM dsp_clicks
GROUP BY user_id
