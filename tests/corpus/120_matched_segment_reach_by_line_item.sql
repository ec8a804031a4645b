-- Impressions delivered to users in the segment a line item targeted.
SELECT
    line_item,
    behavior_segment_name,
    SUM(impressions) AS matched_impressions,
    COUNT(DISTINCT user_id) AS matched_users
FROM dsp_impressions_by_matched_segments
WHERE behavior_segment_matched = 1
GROUP BY line_item, behavior_segment_name
