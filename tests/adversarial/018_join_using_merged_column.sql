-- attack: user_id as the merged USING column of a join, then output
-- expect: VERY_HIGH in output (USING column; also: row-level export grouped by user_id)
-- expect-at: 4:8
SELECT user_id, COUNT(*) AS clicked_impressions
FROM dsp_impressions
JOIN dsp_clicks USING (user_id)
GROUP BY user_id
