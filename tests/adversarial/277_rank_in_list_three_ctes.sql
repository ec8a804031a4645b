-- attack: a constant-partition rank of device_id carried through three CTEs, then IN (1, 2, 3)
-- mechanism: 4
-- expect-at: 15:7
WITH a AS (
  SELECT device_id, campaign, impressions FROM dsp_impressions
),
b AS (
  SELECT campaign, impressions, RANK() OVER (PARTITION BY 'x' ORDER BY device_id DESC) AS rk FROM a
),
c AS (
  SELECT campaign, impressions, rk AS pos FROM b
)
SELECT campaign, SUM(impressions) AS imps
FROM c
WHERE pos IN (1, 2, 3)
GROUP BY campaign
