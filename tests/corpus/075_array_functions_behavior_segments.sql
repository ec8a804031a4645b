-- Behaviour segments seen with impressions: array columns of dsp_impressions
-- (user_behavior_segment_ids, matched_behavior_segment_ids) with CARDINALITY,
-- ARRAY_CONTAINS and ARRAY_INTERSECT.
SELECT
    line_item_id,
    CARDINALITY(matched_behavior_segment_ids)                          AS matched_segments,
    CASE WHEN ARRAY_CONTAINS(user_behavior_segment_ids, CAST(CUSTOM_PARAMETER('focus_segment_id') AS INTEGER))
         THEN 'in focus segment' ELSE 'not in focus segment' END      AS focus_segment,
    CARDINALITY(ARRAY_INTERSECT(user_behavior_segment_ids, matched_behavior_segment_ids)) AS overlap_size,
    SUM(impressions)                                                   AS impressions,
    COUNT(DISTINCT user_id)                                            AS reach
FROM dsp_impressions
WHERE CARDINALITY(user_behavior_segment_ids) > 0
GROUP BY 1, 2, 3, 4
