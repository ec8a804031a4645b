-- attack: device_id split into LEFT and RIGHT halves in two columns
-- expect: VERY_HIGH in output (LEFT, RIGHT)
-- expect-at: 5:8
SELECT campaign,
       MAX(LEFT(device_id, 18)) AS head,
       MAX(RIGHT(device_id, 18)) AS tail
FROM dsp_impressions
GROUP BY campaign
