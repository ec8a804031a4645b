-- Reach and purchase rate by Amazon audience segment category: joins the
-- segment membership snapshot to campaign exposure on user_id.
WITH segments AS (
    SELECT DISTINCT user_id, category_level_1, category_level_2
    FROM audience_segment_membership_paid
    WHERE category_level_1 IN ('In-Market', 'Lifestyle')
),
exposed AS (
    SELECT user_id, SUM(impressions) AS imps
    FROM dsp_impressions
    GROUP BY user_id
),
buyers AS (
    SELECT DISTINCT user_id FROM conversions WHERE event_type_class = 'Conversion'
)
SELECT
    s.category_level_1,
    s.category_level_2,
    COUNT(DISTINCT s.user_id)                       AS segment_users_in_instance,
    COUNT(DISTINCT e.user_id)                       AS reached,
    SUM(e.imps)                                     AS impressions,
    COUNT(DISTINCT b.user_id)                       AS buyers
FROM segments s
LEFT JOIN exposed e ON e.user_id = s.user_id
LEFT JOIN buyers  b ON b.user_id = e.user_id
GROUP BY 1, 2
