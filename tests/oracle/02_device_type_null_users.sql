-- 02: GROUP BY device_type (LOW: 2 users). Impressions without a user
-- (user_id NULL, about 5%) have no device_type: the NULL group consists only
-- of NULL-user records, has 0 users and is removed although it has 5000+
-- impressions.
-- expect: removes
SELECT device_type,
       COUNT(*) AS n,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY device_type
