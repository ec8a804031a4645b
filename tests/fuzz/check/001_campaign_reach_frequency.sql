-- Campaign reach and frequency
-- Purpose: unique reach, impressions, average frequency and spend per DSP
-- campaign for the selected time window. The simplest "hello world" of AMC.
SELECT
    campaign_id,
    campaign,
    COUNT(DISTINCT user_id)                          AS reach,
    SUM(impressions)                                 AS impressions,
    SUM(impressions) / COUNT(DISTINCT user_id)       AS avg_frequency,
    SUM(total_cost) / 100000                         AS spend  -- total_cost is in millicents
FROM dsp_impressions
GROUP BY
    campaign_id,
    campaign
