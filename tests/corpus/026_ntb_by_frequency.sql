-- New-to-brand rate by DSP impression frequency
-- Does showing the ad more often bring in more NEW customers?
WITH freq AS (
    SELECT user_id, SUM(impressions) AS imps
    FROM dsp_impressions
    GROUP BY user_id
),
ntb AS (
    -- one row per user: did they make a new-to-brand purchase in the window?
    SELECT
        user_id,
        MAX(CASE WHEN new_to_brand THEN 1 ELSE 0 END) AS is_ntb,
        SUM(conversions)                              AS purchases
    FROM conversions
    WHERE event_type_class = 'Conversion'
    GROUP BY user_id
)
SELECT
    CASE
        WHEN f.imps <= 2  THEN '1-2'
        WHEN f.imps <= 5  THEN '3-5'
        WHEN f.imps <= 10 THEN '6-10'
        ELSE '11+'
    END                                   AS frequency_band,
    COUNT(f.user_id)                      AS reached_users,
    COUNT(n.user_id)                      AS purchasers,
    SUM(n.is_ntb)                         AS ntb_purchasers,
    SUM(n.is_ntb) * 1.0 / NULLIF(COUNT(n.user_id), 0) AS ntb_share_of_purchasers
FROM freq f
LEFT JOIN ntb n ON n.user_id = f.user_id
GROUP BY 1
