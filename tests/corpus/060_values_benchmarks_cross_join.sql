-- Compare each device type's CTR with fixed benchmark values (VALUES + CROSS JOIN)
WITH benchmarks AS (
    SELECT * FROM (VALUES (0.0008, 0.0015)) AS b(ctr_floor, ctr_target)
),
by_device AS (
    SELECT
        i.device_type,
        SUM(i.impressions)   AS impressions
    FROM dsp_impressions i
    GROUP BY i.device_type
),
clicks_by_device AS (
    SELECT device_type, SUM(clicks) AS clicks
    FROM dsp_clicks
    GROUP BY device_type
)
SELECT
    d.device_type,
    d.impressions,
    c.clicks,
    c.clicks * 1.0 / d.impressions                                     AS ctr,
    CASE
        WHEN c.clicks * 1.0 / d.impressions >= b.ctr_target THEN 'above target'
        WHEN c.clicks * 1.0 / d.impressions >= b.ctr_floor  THEN 'within range'
        ELSE 'below floor'
    END                                                                AS ctr_status
FROM by_device d
LEFT JOIN clicks_by_device c ON c.device_type = d.device_type
CROSS JOIN benchmarks b
