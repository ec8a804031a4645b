-- attack: U+00A0 no-break spaces around user_id instead of ordinary spaces
-- expect: VERY_HIGH in output (also: row-level export grouped by user_id)
-- expect-at: 4:18
SELECT campaign, user_id AS uid, COUNT(*) AS imps
FROM dsp_impressions
GROUP BY campaign, user_id
