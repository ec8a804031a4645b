-- 113: 111 written USING (user_id), where both sides' "user_id" is a
-- campaign renamed: a USING join matches user ids only when both columns
-- hold user ids, whatever their names. The campaigns left over stand on
-- the person's rows and go.
-- expect: removes
WITH target AS (
  SELECT user_id FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07' GROUP BY user_id
),
mine AS (
  SELECT i.campaign AS user_id FROM dsp_impressions i JOIN target t ON i.user_id = t.user_id GROUP BY i.campaign
),
camps AS (SELECT campaign AS user_id FROM dsp_impressions GROUP BY campaign)
SELECT p.user_id AS campaign, COUNT(*) AS n
FROM camps p LEFT JOIN mine m USING (user_id)
WHERE m.user_id IS NULL
GROUP BY p.user_id
