-- attack: postal_code compared with a ZIP built without any literal
-- mechanism: 3
-- expect-at: 18:7
-- Was accepted by amcq check (exit 0) before this case was added: postal_code compared with a ZIP built
-- without any literal. E() has no arguments, so amcq does not count it as a
-- literal value, and SUBSTRING's positions are exempt from literal taint.
-- CAST(E() AS VARCHAR) = '2.718281828459045': character 4 is '1', 15 is '0',
-- so the CONCAT below is '10001' and the WHERE is postal_code = '10001'.
-- Same with CURRENT_DATE, CURRENT_TIMESTAMP, UUID() or RANDOM() as the source.
-- Root cause: zero-argument functions (and everything built only from them
-- plus exempt positions) are constants that carry no literal taint.
WITH k AS (
  SELECT CAST(E() AS VARCHAR) AS e FROM dsp_impressions GROUP BY 1
)
SELECT i.campaign,
       COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i CROSS JOIN k
WHERE i.postal_code = CONCAT(SUBSTRING(k.e, 4, 1), SUBSTRING(k.e, 15, 1),
                             SUBSTRING(k.e, 15, 1), SUBSTRING(k.e, 15, 1),
                             SUBSTRING(k.e, 4, 1))
GROUP BY i.campaign
