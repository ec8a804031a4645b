-- attack: SQRT((zip - 10001)^2) via multiplication is 0 only at the target ZIP; the minimum per campaign tells
-- mechanism: 3
-- expect-at: 8:22
WITH d AS (
  SELECT campaign, (CAST(postal_code AS DOUBLE) - 10001) * (CAST(postal_code AS DOUBLE) - 10001) AS sq
  FROM dsp_impressions
)
SELECT campaign, MIN(SQRT(sq)) AS closest
FROM d
GROUP BY campaign
