SELECT line_item,
       impression_date,
       COUNT(*) AS imps,
       COUNT(user_id) AS imps_with_user
FROM dsp_impressions
GROUP BY line_item, impression_date
HAVING COUNT(DISTINCT user_id) >= 2;
