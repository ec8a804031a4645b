SELECT c.campaign,
       COUNT(DISTINCT c.user_id) AS clickers,
       COUNT(DISTINCT v.user_id) AS converters
FROM dsp_clicks c
LEFT JOIN (SELECT *, 1 AS present_ FROM conversions) v
  ON c.user_id = v.user_id
 AND v.event_dt_utc >= c.click_dt_utc
GROUP BY c.campaign
HAVING COUNT(DISTINCT c.user_id) >= 2
   AND (COUNT(v.present_) = 0 OR COUNT(DISTINCT v.user_id) >= 2);
