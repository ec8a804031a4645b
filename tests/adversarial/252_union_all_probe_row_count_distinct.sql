-- attack: a UNION ALL column holds real ZIPs and one literal row; COUNT(DISTINCT) over it tests membership
-- mechanism: 3
-- expect-at: 9:8
WITH z AS (
  SELECT postal_code AS zip, campaign FROM dsp_impressions
  UNION ALL
  SELECT '10001' AS zip, 'probe' AS campaign FROM dsp_impressions
)
SELECT COUNT(DISTINCT zip) AS zips
FROM z
