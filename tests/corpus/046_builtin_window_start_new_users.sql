-- Users reached in the first 7 days of the window vs. later.
-- impression_dt_utc is MEDIUM, so comparing it with the built-in parameter is
-- allowed.
WITH first_seen AS (
    SELECT user_id, MIN(impression_dt_utc) AS first_dt
    FROM dsp_impressions
    GROUP BY user_id
)
SELECT
    CASE
        WHEN first_dt < BUILT_IN_PARAMETER('TIME_WINDOW_START') THEN 'before window (should not happen)'
        WHEN SECONDS_BETWEEN(BUILT_IN_PARAMETER('TIME_WINDOW_START'), first_dt) < 7 * 86400 THEN 'first week'
        ELSE 'later'
    END                  AS first_seen_period,
    COUNT(user_id)       AS users
FROM first_seen
GROUP BY 1;
