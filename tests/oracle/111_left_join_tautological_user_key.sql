-- 111: every campaign anti-joined against the campaigns of one person,
-- with `AND m.user_id = m.user_id` in the ON: an equality of one side's
-- user column with itself keys the join on nothing, so the campaigns left
-- over still stand on all of the right side's rows (the person) and go,
-- as in 107.
-- expect: removes
WITH target AS (
  SELECT user_id FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07' GROUP BY user_id
),
mine AS (
  SELECT i.user_id, i.campaign FROM dsp_impressions i JOIN target t ON i.user_id = t.user_id GROUP BY i.user_id, i.campaign
),
camps AS (SELECT campaign FROM dsp_impressions GROUP BY campaign)
SELECT p.campaign, COUNT(*) AS n
FROM camps p LEFT JOIN mine m ON m.campaign = p.campaign AND m.user_id = m.user_id
WHERE m.campaign IS NULL
GROUP BY p.campaign
