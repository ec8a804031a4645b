-- 19: self-join of dsp_impressions with itself on user_id (two paths with
-- the same users): pairs of campaigns seen by the same person in the same
-- hour, in the first week. Pairs seen together by a single person are
-- removed.
-- expect: removes
SELECT a.campaign AS campaign_a,
       b.campaign AS campaign_b,
       COUNT(DISTINCT a.user_id) AS people,
       COUNT(*) AS pairs
FROM dsp_impressions a
JOIN dsp_impressions b
  ON a.user_id = b.user_id
 AND a.impression_dt_hour = b.impression_dt_hour
 AND a.campaign < b.campaign
WHERE a.impression_date < '2025-06-08'
  AND b.impression_date < '2025-06-08'
GROUP BY a.campaign, b.campaign
