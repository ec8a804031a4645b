-- attack: UNION of conversion_id and tracked_asin inside an unaliased subquery
-- expect: VERY_HIGH in output (UNION inside an unaliased subquery)
-- expect-at: 4:8
SELECT MIN(k) AS smallest_key, COUNT(*) AS keys
FROM (
  SELECT tracked_asin AS k FROM conversions
  UNION
  SELECT conversion_id FROM conversions
)
