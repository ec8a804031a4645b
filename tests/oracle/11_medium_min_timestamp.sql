-- 11: MIN of a MEDIUM column (impression_dt, second-level timestamp) per
-- (day, device_type): 100 users. Full days have 100+ users per device
-- type except some, the last partial day fewer; the NULL device_type
-- (NULL-user impressions only) is always removed.
-- expect: removes
SELECT impression_date,
       device_type,
       MIN(impression_dt) AS first_seen,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY impression_date, device_type
