-- 01: simple GROUP BY on a LOW column (campaign: 2 users) with COUNT(DISTINCT
-- user_id) and SUM(impressions) (NONE). Every campaign has 23 users or more,
-- so nothing is removed.
-- expect: keeps-all
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach,
       SUM(impressions) AS imps
FROM dsp_impressions
GROUP BY campaign
