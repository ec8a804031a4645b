-- Calendar breakdown of DSP clicks: month, ISO week, day of month.
-- Useful for spotting pay-day effects (beginning / middle of the month).
SELECT
    YEAR(click_dt)            AS yr,
    MONTH(click_dt)           AS mon,
    WEEK(click_dt)            AS wk,
    DAYOFMONTH(click_dt)      AS day_of_month,
    CASE WHEN DAYOFMONTH(click_dt) <= 5 OR DAYOFMONTH(click_dt) BETWEEN 15 AND 17
         THEN 'payday window' ELSE 'other' END AS period,
    SUM(clicks)               AS clicks,
    COUNT(DISTINCT user_id)   AS clickers
FROM dsp_clicks
GROUP BY 1, 2, 3, 4, 5
