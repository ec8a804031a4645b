-- attack: MIN(k) OVER () where k is a VALUES column cross-joined to every click, compared with device_id
-- mechanism: 2
-- expect-at: 10:7
WITH d AS (
  SELECT c.campaign, c.device_id, MIN(k.dev) OVER () AS wanted
  FROM dsp_clicks c CROSS JOIN (VALUES ('ABCD-0001')) AS k (dev)
)
SELECT campaign, COUNT(*) AS clicks_n
FROM d
WHERE device_id = wanted
GROUP BY campaign
