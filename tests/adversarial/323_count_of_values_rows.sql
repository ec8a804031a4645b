-- attack: COUNT "reveals nothing of its argument, literal or not", so COUNT(*) over a VALUES list is not a literal value, though the analyst fixes it by the ...
-- mechanism: 3
-- expect-at: 15:7
-- Was accepted: COUNT "reveals nothing of its argument, literal or not",
-- so COUNT(*) over a VALUES list is not a literal value, though the analyst
-- fixes it by the number of rows. Ten rows give 10; 10*10*10*10 + 10/10 is
-- 10001, compared with the cast postal_code. CARDINALITY(COLLECT(z)) over the
-- same list behaves the same way (also accepted).
WITH ten AS (
  SELECT COUNT(*) AS t
  FROM (VALUES (0), (0), (0), (0), (0), (0), (0), (0), (0), (0)) AS v (z)
)
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i CROSS JOIN ten
WHERE CAST(i.postal_code AS BIGINT) = ten.t * ten.t * ten.t * ten.t + ten.t / ten.t
GROUP BY i.campaign
