-- attack: HASH64(device_id) carried through two CTEs and matched against HASH64 of a parameter
-- mechanism: 1
-- expect-at: 12:7
WITH h1 AS (
  SELECT HASH64(device_id) AS dh, campaign, impressions FROM dsp_impressions
),
h2 AS (
  SELECT dh AS device_hash, campaign, impressions FROM h1
)
SELECT campaign, SUM(impressions) AS imps
FROM h2
WHERE device_hash = HASH64(CUSTOM_PARAMETER('device'))
GROUP BY campaign
