-- Campaign age and remaining flight days relative to "today".
-- GETDATE() does not exist in AMC: CURRENT_DATE, CAST('today' AS DATE) and
-- CAST('now' AS TIMESTAMP) are used instead.
SELECT
    campaign_id,
    campaign,
    MIN(campaign_start_date)                                                    AS campaign_start,
    MAX(campaign_end_date)                                                      AS campaign_end,
    FLOOR(SECONDS_BETWEEN(MIN(campaign_start_date), CAST('now' AS TIMESTAMP)) / 86400) AS days_live,
    FLOOR(SECONDS_BETWEEN(CAST(CAST('today' AS DATE) AS TIMESTAMP), MAX(campaign_end_date)) / 86400) AS days_left,
    CASE WHEN MAX(campaign_end_date) < CURRENT_TIMESTAMP THEN 'ended' ELSE 'live' END AS status,
    CURRENT_DATE                                                                AS report_date,
    SUM(impressions)                                                            AS impressions
FROM dsp_impressions
GROUP BY campaign_id, campaign
