-- attack: a scalar subquery averaging two literals gives the ZIP compared in WHERE
-- mechanism: 2
-- expect-at: 7:7
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE CAST(postal_code AS DOUBLE) = (SELECT AVG(z) FROM (VALUES (60600.0), (60628.0)) AS v (z))
GROUP BY campaign
