-- Reach and frequency of a campaign's audience by Amazon behavior segment
-- (segments the users belong to, whatever the line item targeted).
SELECT
    behavior_segment_name,
    COUNT(DISTINCT user_id) AS reach,
    SUM(impressions) AS impressions,
    SUM(impressions) * 1.0 / COUNT(DISTINCT user_id) AS frequency
FROM dsp_impressions_by_user_segments
GROUP BY behavior_segment_name
