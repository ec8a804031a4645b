-- Video completion funnel by creative: starts, quartiles and completes
-- from the DSP video events feed, with the completion rate.
SELECT
    creative,
    SUM(video_start) AS starts,
    SUM(video_first_quartile) AS first_quartile,
    SUM(video_midpoint) AS midpoint,
    SUM(video_third_quartile) AS third_quartile,
    SUM(video_complete) AS completes,
    SUM(video_complete) * 1.0 / NULLIF(SUM(video_start), 0) AS completion_rate,
    COUNT(DISTINCT user_id) AS viewers
FROM dsp_video_events_feed
GROUP BY creative
