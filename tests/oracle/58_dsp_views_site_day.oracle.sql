SELECT site,
       event_date,
       COUNT(*) AS views,
       SUM(viewable_impressions) AS viewable
FROM dsp_views
GROUP BY site, event_date
HAVING COUNT(DISTINCT user_id) >= 2;
