-- attack: COALESCE(user_id, campaign): an id, or a campaign when the id is missing
-- expect: VERY_HIGH in output (COALESCE; also: row-level export grouped by it)
-- expect-at: 4:8
SELECT COALESCE(user_id, campaign) AS who,
       COUNT(*) AS imps
FROM dsp_impressions
GROUP BY COALESCE(user_id, campaign)
