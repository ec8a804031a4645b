-- attack: the numeric ZIP written as EXP(ln(zip)) and rounded, compared with the cast column
-- mechanism: 1
-- expect-at: 7:7
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE CAST(postal_code AS DOUBLE) BETWEEN EXP(9.21044) - 0.5 AND EXP(9.21044) + 0.5
GROUP BY campaign
