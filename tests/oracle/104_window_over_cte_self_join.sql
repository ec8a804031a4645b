-- 104: a window over a self-join of a CTE (two paths, one per reference):
-- pairs of campaigns clicked by the same person, by device type, with the
-- previous device type's pairs (ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING).
-- Each path gets its own window entry, the previous row's people: 'Other'
-- (one person) is removed for its own paths and 'PC' (8 people) through its
-- frame, 'Other'; the rows after them are kept.
-- expect: removes
WITH c AS (
  SELECT user_id, campaign, device_type FROM dsp_clicks
)
SELECT a.device_type,
       COUNT(*) AS pairs,
       SUM(COUNT(*)) OVER (ORDER BY a.device_type ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_pairs
FROM c a
JOIN c b ON a.user_id = b.user_id AND a.campaign < b.campaign
GROUP BY a.device_type
