-- attack: user_id only in GROUP BY: one row per user and campaign, user not shown
-- expect: row-level export (grouped by user_id)
-- expect-at: 6:20
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
GROUP BY campaign, user_id
