-- attack: the campaigns (LOW) seen by ONE user, read from rows that amcq counts as having no user at all (no threshold applies to them)
-- mechanism: 7
-- expect-at: 21:10
-- leak: the campaigns (LOW) seen by ONE user, read from rows that amcq counts as
--   having no user at all (no threshold applies to them).
-- mechanism: a ranking window's contribution is computed with the query's own frame
--   clause (amcq_sketch_window(...) OVER (same window)), but ROW_NUMBER/RANK/DENSE_RANK
--   ignore frames: the number depends on every preceding row. With
--   ROWS BETWEEN CURRENT ROW AND CURRENT ROW the contribution is the row itself.
--   Probe rows come from a VALUES list (no user path); the target user's rows (1 user,
--   MIN(user_id)) are unioned in. A probe's position jumps by one after each campaign
--   the target saw. Without the frame clause the probes after the target's first
--   campaign are removed (1 user in the frame), as they should be.
-- run:   build/amcq run --db /tmp/rt.db tests/adversarial/run_open/04_rank_frame_hides_preceding_rows.sql
-- output (40 rows, 0 removed): pos runs 1..5, then 7 at 'BRAND_A Streaming TV Reach 2025',
--   ..., 19, then 21 at 'Contoso Sports Streaming TV Reach 2025': the skips mark the
--   target's two campaigns.
-- proof: sqlite3 /tmp/rt.db "SELECT DISTINCT campaign FROM dsp_impressions WHERE user_id = (SELECT MIN(user_id) FROM dsp_impressions)"
--          -> BRAND_A Streaming TV Reach 2025, Contoso Sports Streaming TV Reach 2025
WITH target AS (
  SELECT MIN(user_id) AS u FROM dsp_impressions
),
seen AS (
  SELECT i.campaign AS c, 0 AS probe
  FROM dsp_impressions i JOIN target t ON i.user_id = t.u
  GROUP BY i.campaign
),
probes (c) AS (VALUES
  ('BRAND_A Cart Abandoners 2025'),
  ('BRAND_A Cart Abandoners 2026'),
  ('BRAND_A Holiday Prospecting 2025'),
  ('BRAND_A Prime Day Awareness 2025'),
  ('BRAND_A Prime Day Awareness 2026'),
  ('BRAND_A Streaming TV Reach 2025'),
  ('BRAND_A Streaming TV Reach 2026'),
  ('BRAND_B Always-On Retargeting 2025'),
  ('BRAND_B Always-On Retargeting 2026'),
  ('BRAND_B Category Conquest 2025'),
  ('BRAND_B Category Conquest 2026'),
  ('BRAND_B Lookalike Prospecting 2025'),
  ('BRAND_B Lookalike Prospecting 2026'),
  ('BRAND_B New Launch Video 2025'),
  ('Contoso Sports Cart Abandoners 2026'),
  ('Contoso Sports Holiday Prospecting 2025'),
  ('Contoso Sports Holiday Prospecting 2026'),
  ('Contoso Sports Prime Day Awareness 2025'),
  ('Contoso Sports Streaming TV Reach 2025'),
  ('Contoso Sports Streaming TV Reach 2026'),
  ('Fabrikam Home Always-On Retargeting 2025'),
  ('Fabrikam Home Always-On Retargeting 2026'),
  ('Fabrikam Home Category Conquest 2025'),
  ('Fabrikam Home Category Conquest 2026'),
  ('Fabrikam Home Lookalike Prospecting 2026'),
  ('Fabrikam Home New Launch Video 2025'),
  ('Fabrikam Home New Launch Video 2026'),
  ('Northwind Coffee Cart Abandoners 2025'),
  ('Northwind Coffee Cart Abandoners 2026'),
  ('Northwind Coffee Holiday Prospecting 2025'),
  ('Northwind Coffee Holiday Prospecting 2026'),
  ('Northwind Coffee Prime Day Awareness 2025'),
  ('Northwind Coffee Prime Day Awareness 2026'),
  ('Northwind Coffee Streaming TV Reach 2026'),
  ('Tailspin Toys Always-On Retargeting 2025'),
  ('Tailspin Toys Category Conquest 2026'),
  ('Tailspin Toys Lookalike Prospecting 2025'),
  ('Tailspin Toys Lookalike Prospecting 2026'),
  ('Tailspin Toys New Launch Video 2025'),
  ('Tailspin Toys New Launch Video 2026')),
x AS (
  SELECT c, probe FROM seen
  UNION ALL
  SELECT c, 1 AS probe FROM probes
),
r AS (
  SELECT c, probe,
         ROW_NUMBER() OVER (ORDER BY c, probe ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS pos
  FROM x
)
SELECT c AS campaign, pos, COUNT(*) AS n
FROM r
WHERE probe = 1
GROUP BY c, pos
