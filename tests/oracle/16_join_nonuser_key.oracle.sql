-- paths: c (dsp_clicks), v (conversions); requirement 2 (click_date,
-- device_type LOW)
SELECT c.click_date AS day,
       c.device_type,
       COUNT(*) AS pairs,
       COUNT(DISTINCT v.user_id) AS converters
FROM dsp_clicks c
JOIN conversions v
  ON c.click_date = v.event_date_utc
GROUP BY c.click_date, c.device_type
HAVING COUNT(DISTINCT c.user_id) >= 2
   AND COUNT(DISTINCT v.user_id) >= 2;
