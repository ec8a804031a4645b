-- attack: PARTITION BY a CASE mixing postal_code with a literal: the probe rows share the target ZIP's partition
-- mechanism: 3
-- expect-at: 6:38
WITH p AS (
  SELECT campaign,
         COUNT(*) OVER (PARTITION BY CASE WHEN campaign_id > 0 THEN postal_code ELSE '10001' END) AS part_size
  FROM dsp_impressions
)
SELECT campaign, MAX(part_size) AS biggest
FROM p
GROUP BY campaign
