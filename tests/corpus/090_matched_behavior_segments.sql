-- Targeted behaviour segments that matched at impression time
-- (dsp_impressions_by_matched_segments has one row per impression and segment).
SELECT
    behavior_segment_id,
    behavior_segment_name,
    SUM(behavior_segment_matched)      AS matched_impressions,
    COUNT(*)                           AS rows_read
FROM dsp_impressions_by_matched_segments
GROUP BY behavior_segment_id, behavior_segment_name
