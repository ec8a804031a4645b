-- Prime Video Channels: viewing time by genre. pv_gti_genre is an array, so
-- EXPLODE turns one streaming event into one row per genre.
WITH genre_rows AS (
    SELECT
        user_id,
        EXPLODE(pv_gti_genre)   AS genre,
        pv_seconds_viewed
    FROM amazon_pvc_streaming_events_feed
    WHERE pv_gti_content_type IN ('Movie', 'TV Episode')
)
SELECT
    genre,
    COUNT(DISTINCT user_id)                 AS viewers,
    SUM(pv_seconds_viewed) / 3600           AS hours_viewed,
    SUM(pv_seconds_viewed) / 3600 / COUNT(DISTINCT user_id) AS hours_per_viewer
FROM genre_rows
GROUP BY genre
