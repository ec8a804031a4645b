-- attack: an unpartitioned rank (PARTITION BY '') of device_id steering a SUM
-- mechanism: 4
-- expect-at: 9:32
WITH r AS (
  SELECT campaign, impressions,
         ROW_NUMBER() OVER (PARTITION BY '' ORDER BY device_id) AS rn
  FROM dsp_impressions
)
SELECT campaign, SUM(CASE WHEN rn = 1 THEN impressions END) AS first_device_imps
FROM r
GROUP BY campaign
