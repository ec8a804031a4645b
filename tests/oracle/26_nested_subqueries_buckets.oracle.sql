SELECT device_type,
       bucket,
       COUNT(*) AS people
FROM (SELECT user_id,
             device_type,
             CASE WHEN n >= 3 THEN '3+' ELSE CAST(n AS TEXT) END AS bucket
      FROM (SELECT user_id, device_type, COUNT(*) AS n
            FROM dsp_clicks
            GROUP BY user_id, device_type) per_user) b
GROUP BY device_type, bucket
HAVING COUNT(DISTINCT user_id) >= 2;
