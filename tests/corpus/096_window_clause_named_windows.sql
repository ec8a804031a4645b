-- Named windows (WINDOW clause): per-user impression sequence statistics,
-- then the distribution of the gap between a user's 1st and 2nd impression.
WITH seq AS (
    SELECT
        user_id,
        impression_dt_utc,
        ROW_NUMBER() OVER w                 AS n,
        MIN(impression_dt_utc) OVER w_all   AS first_dt
    FROM dsp_impressions
    WINDOW
        w     AS (PARTITION BY user_id ORDER BY impression_dt_utc),
        w_all AS (PARTITION BY user_id)
),
second_imp AS (
    SELECT
        user_id,
        SECONDS_BETWEEN(first_dt, impression_dt_utc) / 3600 AS hours_to_second_imp
    FROM seq
    WHERE n = 2
)
SELECT
    CASE
        WHEN hours_to_second_imp < 1   THEN '< 1h'
        WHEN hours_to_second_imp < 24  THEN '1-24h'
        WHEN hours_to_second_imp < 168 THEN '1-7d'
        ELSE '> 7d'
    END                          AS gap_bucket,
    COUNT(user_id)               AS users
FROM second_imp
GROUP BY 1
