-- Cumulative reach by week
-- A user is counted in the week of their first impression; a running SUM over
-- the weeks gives the cumulative unique reach curve.
WITH first_exposure AS (
    SELECT
        user_id,
        MIN(impression_date) AS first_date
    FROM dsp_impressions
    GROUP BY user_id
),
new_users_by_week AS (
    SELECT
        DATE_TRUNC('WEEK', first_date) AS week_start,
        COUNT(user_id)                 AS new_users
    FROM first_exposure
    GROUP BY DATE_TRUNC('WEEK', first_date)
)
SELECT
    week_start,
    new_users,
    SUM(new_users) OVER (ORDER BY week_start ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative_reach
FROM new_users_by_week
