-- Two levels of alias-less subqueries: per user & day -> per user -> summary.
-- "How many distinct days does a clicker click on?"
SELECT
    active_days,
    COUNT(*)            AS clickers,
    SUM(total_clicks)   AS clicks
FROM (
    SELECT user_id, COUNT(*) AS active_days, SUM(day_clicks) AS total_clicks
    FROM (
        SELECT user_id, click_date, SUM(clicks) AS day_clicks
        FROM dsp_clicks
        GROUP BY user_id, click_date
    )
    GROUP BY user_id
)
GROUP BY active_days;
