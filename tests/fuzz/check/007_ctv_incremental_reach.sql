-- Streaming TV incremental reach
-- Of everyone reached by the advertiser's DSP campaigns, how many were reached
-- ONLY through streaming TV line items, only through other line items, or both?
WITH user_channels AS (
    SELECT
        user_id,
        MAX(CASE WHEN line_item_type SIMILAR TO '(?i).*(stv|streaming|ctv).*' THEN 1 ELSE 0 END) AS saw_stv,
        MAX(CASE WHEN line_item_type SIMILAR TO '(?i).*(stv|streaming|ctv).*' THEN 0 ELSE 1 END) AS saw_other
    FROM dsp_impressions
    GROUP BY user_id
)
SELECT
    CASE
        WHEN saw_stv = 1 AND saw_other = 1 THEN 'STV + other'
        WHEN saw_stv = 1 THEN 'STV only'
        ELSE 'Other only'
    END                      AS exposure_group,
    COUNT(user_id)           AS users
FROM user_channels
GROUP BY 1;
