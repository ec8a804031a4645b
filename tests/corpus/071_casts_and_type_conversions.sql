-- Type conversions in one report: CAST AS STRING / DOUBLE / DATE,
-- the :: shorthand, and string building for a readable label.
SELECT
    impression_dt::DATE                                                   AS day,
    CAST(campaign_id AS STRING)                                           AS campaign_id_str,
    CONCAT(campaign, ' [', CAST(line_item_id AS STRING), ']')             AS line_item_label,
    CAST(SUM(impressions) AS DOUBLE) / COUNT(DISTINCT user_id)            AS frequency,
    CAST(SUM(total_cost) AS DECIMAL(38, 4)) / 100000                      AS spend,
    SUM(impression_cost)::DOUBLE / NULLIF(SUM(impressions), 0) / 100      AS cpm_cents
FROM dsp_impressions
GROUP BY 1, 2, 3
