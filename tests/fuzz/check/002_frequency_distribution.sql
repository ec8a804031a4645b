/*
 * Frequency distribution
 * ----------------------
 * How many users saw the campaign exactly 1, 2, 3, ... times?
 * Step 1 builds one row per user and campaign (intermediate, never output),
 * step 2 counts users per exposure count.
 */
WITH user_frequency AS (
    SELECT
        campaign,
        user_id,
        SUM(impressions) AS frequency
    FROM dsp_impressions
    WHERE user_id IS NOT NULL
    GROUP BY campaign, user_id
)
SELECT
    campaign,
    frequency,
    COUNT(user_id)      AS users,
    SUM(frequency)      AS impressions
FROM user_frequency
GROUP BY campaign, frequency;
