SELECT campaign,
       COUNT(*) AS imps
FROM dsp_impressions
WHERE user_id IN (SELECT user_id FROM conversions WHERE event_type_class = 'Conversion')
GROUP BY campaign
HAVING COUNT(DISTINCT user_id) >= 2;
