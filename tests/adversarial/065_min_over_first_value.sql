-- attack: MIN(device_id) OVER (PARTITION BY ...) as a FIRST_VALUE substitute
-- expect: VERY_HIGH in output (window aggregate)
-- expect-at: 5:8
SELECT campaign_id, impression_date,
       MIN(first_device) AS first_device
FROM (
  SELECT campaign_id, impression_date,
         MIN(device_id) OVER (PARTITION BY campaign_id, impression_date) AS first_device
  FROM dsp_impressions
) t
GROUP BY campaign_id, impression_date
