-- unmatched campaigns: the campaign's users on the left path and the
-- users of all of the right side's rows (one person), 2 each (LOW); a
-- right side filtered down to nothing has no user
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
  AND (SELECT COUNT(DISTINCT user_id) FROM dsp_impressions d WHERE d.campaign = p.user_id) >= 2
  AND ((SELECT COUNT(DISTINCT d.user_id) FROM dsp_impressions d JOIN target t ON d.user_id = t.user_id) >= 2)
GROUP BY p.user_id;
