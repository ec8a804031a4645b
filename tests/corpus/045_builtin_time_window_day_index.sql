-- Day index relative to the execution's time window start
-- BUILT_IN_PARAMETER('TIME_WINDOW_START') is the start the workflow runs with;
-- day 0 is the first day of the window.
SELECT
    FLOOR(SECONDS_BETWEEN(BUILT_IN_PARAMETER('TIME_WINDOW_START'), impression_dt_utc) / 86400) AS day_index,
    COUNT(DISTINCT user_id)    AS reach,
    SUM(impressions)           AS impressions
FROM dsp_impressions
GROUP BY 1
