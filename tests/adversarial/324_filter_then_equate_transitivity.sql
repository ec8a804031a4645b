-- attack: transitivity through a filter
-- mechanism: 3
-- expect-at: 21:11
-- Was accepted: transitivity through a filter. The literal 10001 is
-- compared only with n.k, a row number with no HIGH lineage, so amcq allows
-- the filter; postal_code is compared only with n.k, a non-literal column,
-- which amcq allows too. Together they are CAST(postal_code AS BIGINT) =
-- 10001. A WHERE (or ON, HAVING) filter does not taint the value it pins
-- down, so any non-literal value restricted to a literal by an equality can
-- carry the literal into a HIGH comparison: here a ROW_NUMBER over a cross
-- join of VALUES lists (1..100000); a partitioned ROW_NUMBER over
-- dsp_impressions, or a CTE (WITH z AS (SELECT ... WHERE rn = 60614)) with
-- CAST(rn AS VARCHAR) for string ZIPs, works the same (checked: accepted).
WITH digits (d) AS (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)),
     n AS (
  SELECT ROW_NUMBER() OVER (ORDER BY a.d, b.d, c.d, e.d, f.d) AS k
  FROM digits a CROSS JOIN digits b CROSS JOIN digits c CROSS JOIN digits e CROSS JOIN digits f
)
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
JOIN n ON CAST(i.postal_code AS BIGINT) = n.k
WHERE n.k = 10001
GROUP BY i.campaign
