-- 55: advertiser totals with NONE metrics and rounded total_cost: every
-- advertiser has hundreds of users, nothing is removed.
-- expect: keeps-all
SELECT advertiser,
       COUNT(*) AS impressions,
       COUNT(DISTINCT user_id) AS reach,
       ROUND(SUM(total_cost), 2) AS total_cost
FROM dsp_impressions
GROUP BY advertiser
