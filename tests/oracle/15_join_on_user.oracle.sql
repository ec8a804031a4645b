-- paths: i (dsp_impressions) and c (conversions); requirement 2
SELECT i.campaign,
       COUNT(DISTINCT i.user_id) AS converters,
       COUNT(*) AS pairs
FROM dsp_impressions i
JOIN conversions c
  ON i.user_id = c.user_id
 AND c.event_dt_utc > i.impression_dt_utc
 AND c.event_type_class = 'Conversion'
GROUP BY i.campaign
HAVING COUNT(DISTINCT i.user_id) >= 2
   AND COUNT(DISTINCT c.user_id) >= 2;
