-- attack: two per-user subqueries joined; final rows are per user without any id
-- expect: row-level export (final result not aggregated; one row per user)
-- expect-at: 4:1
SELECT p.imps, c.clicks
FROM (
  SELECT user_id, COUNT(*) AS imps FROM dsp_impressions GROUP BY user_id
) p
JOIN (
  SELECT user_id, COUNT(*) AS clicks FROM dsp_clicks GROUP BY user_id
) c ON p.user_id = c.user_id
