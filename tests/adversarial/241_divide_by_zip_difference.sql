-- attack: 1 / (zip - 94103) is NULL (division by zero) only for the target ZIP; COUNT of it tells how many rows are not
-- mechanism: 3
-- expect-at: 5:20
WITH d AS (
  SELECT campaign, 1.0 / (CAST(postal_code AS BIGINT) - 94103) AS inv
  FROM dsp_clicks
)
SELECT campaign, COUNT(*) - COUNT(inv) AS target_clicks
FROM d
GROUP BY campaign
