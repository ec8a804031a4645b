-- attack: postal_code renamed region in a CTE, then region = literal
-- expect: literal compared with HIGH column (through a CTE)
-- expect-at: 10:7
WITH z AS (
  SELECT postal_code AS region, user_id
  FROM dsp_impressions
)
SELECT COUNT(DISTINCT user_id) AS reach
FROM z
WHERE region = '10001'
