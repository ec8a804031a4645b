-- attack: the campaigns (LOW) ONE user saw (by complement: the 38 campaigns listed are the 40 minus the two the smallest user_id saw)
-- mechanism: 7
-- expect-at: 18:10
-- leak: the campaigns (LOW) ONE user saw (by complement: the 38 campaigns listed are
--   the 40 minus the two the smallest user_id saw).
-- mechanism: for IN, amcq counts "the users of the matching subquery rows, or all rows
--   when none is". NOT IN keeps exactly the rows where none matches, and then counts all
--   of the subquery's users, although what decided the row is whether ONE user (t.u,
--   MIN(user_id), whose path has all 3000 users) is among them.
--   (`AND i.user_id IS NOT NULL` only avoids SQL's NOT IN / NULL rule.)
-- run:   build/amcq run --db /tmp/rt.db tests/adversarial/run_open/06_not_in_tests_singled_out_user.sql
-- output: 38 rows, 0 removed; missing: BRAND_A Streaming TV Reach 2025, Contoso Sports Streaming TV Reach 2025
-- proof: sqlite3 /tmp/rt.db "SELECT DISTINCT campaign FROM dsp_impressions WHERE user_id = (SELECT MIN(user_id) FROM dsp_impressions)"
--          -> BRAND_A Streaming TV Reach 2025, Contoso Sports Streaming TV Reach 2025
--   The same with NOT EXISTS (SELECT 1 FROM dsp_impressions i WHERE i.user_id = t.u AND
--   i.campaign = a.campaign): user-keyed, so its empty result counts no users (see 05).
WITH target AS (
  SELECT MIN(user_id) AS u FROM dsp_impressions
),
camps AS (
  SELECT campaign, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions GROUP BY campaign
)
SELECT a.campaign, SUM(a.reach) AS reach
FROM camps a CROSS JOIN target t
WHERE t.u NOT IN (SELECT i.user_id FROM dsp_impressions i
                  WHERE i.campaign = a.campaign AND i.user_id IS NOT NULL)
GROUP BY a.campaign
