SELECT device_type, kind
FROM (SELECT user_id,
             device_type,
             CASE WHEN COUNT(*) >= 2 THEN 'multi' ELSE 'single' END AS kind
      FROM dsp_clicks
      WHERE click_hour < 6
      GROUP BY user_id, device_type) u
GROUP BY device_type, kind
HAVING COUNT(DISTINCT user_id) >= 2;
