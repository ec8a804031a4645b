-- attack: UNION (distinct) of ZIPs with a literal ZIP: the row count drops when it is present
-- mechanism: 3
-- expect-at: 7:3
WITH z AS (
  SELECT postal_code AS zip FROM dsp_clicks
  UNION
  SELECT '60614' AS zip FROM dsp_clicks
)
SELECT COUNT(*) AS distinct_zips
FROM z
