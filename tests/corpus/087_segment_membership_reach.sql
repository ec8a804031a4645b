-- Reach and purchase rate by Amazon audience segment category: joins the
-- in-market and lifestyle segment memberships, categorised by
-- segment_metadata, to campaign exposure on user_id.
WITH members AS (
    SELECT user_id, segment_id FROM audience_segments_amer_inmarket
    UNION ALL
    SELECT user_id, segment_id FROM audience_segments_amer_lifestyle
),
segments AS (
    SELECT DISTINCT mb.user_id, m.category_level_1, m.category_level_2
    FROM members mb
    JOIN segment_metadata m ON m.segment_id = mb.segment_id
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
