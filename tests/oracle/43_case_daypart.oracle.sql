SELECT campaign,
       CASE WHEN click_hour < 6 THEN 'night'
            WHEN click_hour < 12 THEN 'morning'
            WHEN click_hour < 18 THEN 'afternoon'
            ELSE 'evening' END AS daypart,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY 1, 2
HAVING COUNT(DISTINCT user_id) >= 2;
