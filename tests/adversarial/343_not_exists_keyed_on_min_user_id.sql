-- attack: the device_type (LOW) of ONE user per campaign (the campaign's smallest user_id), in rows with a LOW campaign column; 40 rows, 0 removed
-- mechanism: 7
-- expect-at: 22:20
-- leak: the device_type (LOW) of ONE user per campaign (the campaign's smallest
--   user_id), in rows with a LOW campaign column; 40 rows, 0 removed.
-- mechanism: "an empty subquery counts as 0 users unless correlated on user ids".
--   note_user_keyed (bind.c) accepts any inner.user_id = outer.col where outer.col's
--   value lineage is only user ids, including MIN(user_id) of a grouped CTE, which is
--   one user while firsts' path has all the campaign's users. The double negation
--   (NOT EXISTS a device other than p.dt) is empty exactly when p.dt is the user's
--   device, so the kept row names it, with no user counted for what decided it.
--   Variant (same hole, exact metric): CROSS JOIN (VALUES (1), ..., (12)) t(n) WHERE NOT
--   EXISTS (SELECT 1 FROM dsp_clicks k WHERE k.user_id = c.u GROUP BY k.user_id
--   HAVING SUM(k.clicks) >= t.n) and MIN(t.n) - 1 is the first user's exact clicks.
-- run:   build/amcq run --db /tmp/rt.db tests/adversarial/run_open/05_not_exists_keyed_on_min_user_id.sql
-- output: e.g. BRAND_A Holiday Prospecting 2025 | Tablet ; BRAND_A Streaming TV Reach 2026 | Other ...
-- proof: sqlite3 /tmp/rt.db "WITH f AS (SELECT campaign, MIN(user_id) u FROM dsp_impressions GROUP BY campaign)
--          SELECT f.campaign, (SELECT group_concat(DISTINCT device_type) FROM dsp_impressions i WHERE i.user_id = f.u),
--                 (SELECT COUNT(DISTINCT user_id) FROM dsp_impressions i WHERE i.user_id = f.u) FROM f"
--          -> the same device per campaign, 1 user each
WITH firsts AS (
  SELECT campaign, MIN(user_id) AS u
  FROM dsp_impressions
  GROUP BY campaign
),
user_devices AS (
  SELECT user_id, device_type FROM dsp_impressions GROUP BY user_id, device_type
),
probes (dt) AS (VALUES ('Phone'), ('TV'), ('PC'), ('Tablet'), ('Other'))
SELECT f.campaign, p.dt AS device_of_first_user, COUNT(*) AS n
FROM firsts f CROSS JOIN probes p
WHERE NOT EXISTS (
  SELECT 1 FROM user_devices d
  WHERE d.user_id = f.u AND d.device_type <> p.dt
)
GROUP BY f.campaign, p.dt
