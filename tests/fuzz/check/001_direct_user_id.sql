-- attack: output user_id directly with a count per user
-- expect: VERY_HIGH in output (also: row-level export grouped by user_id)
-- expect-at: 4:8
SELECT user_id, COUNT(*) AS impressions
FROM dsp_impressions
GROUP BY user_id
