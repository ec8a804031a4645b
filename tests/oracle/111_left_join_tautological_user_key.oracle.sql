-- unmatched campaigns: the campaign's users on the left path, and the
-- users of all of the right side's rows (one person), 2 each (LOW); a
-- right side filtered down to nothing has no user
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
  AND (SELECT COUNT(DISTINCT user_id) FROM dsp_impressions d WHERE d.campaign = p.campaign) >= 2
  AND ((SELECT COUNT(DISTINCT user_id) FROM mine) >= 2)
GROUP BY p.campaign;
