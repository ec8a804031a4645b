-- attack: RANK() OVER (PARTITION BY 0 ORDER BY device_id) <= 5 keeps five devices
-- mechanism: 4
-- expect-at: 11:7
WITH r AS (
  SELECT operating_system, clicks,
         RANK() OVER (PARTITION BY 0 ORDER BY device_id) AS rk
  FROM dsp_clicks
)
SELECT operating_system, SUM(clicks) AS clicks
FROM r
WHERE rk <= 5
GROUP BY operating_system
