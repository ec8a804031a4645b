SELECT impression_date,
       device_type,
       MIN(impression_dt) AS first_seen,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY impression_date, device_type
HAVING COUNT(DISTINCT user_id) >= 100;
