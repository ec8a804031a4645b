-- attack: CUSTOM_PARAMETER values reach postal_code through SUBSTRING's position arguments, which amcq exempts from literal taint ("an integer position or le...
-- mechanism: 3
-- expect-at: 17:7
-- Was accepted: CUSTOM_PARAMETER values reach postal_code through
-- SUBSTRING's position arguments, which amcq exempts from literal taint
-- ("an integer position or length") whatever expression they are. The
-- string indexed is literal-free: E() and E()*E() printed together,
-- '2.7182818284590457.38905609893065', which holds every digit 0-9. Five
-- parameters choose five digits, so each execution filters on a ZIP of the
-- analyst's choosing with no literal in the query.
WITH k AS (
  SELECT CONCAT(CAST(E() AS VARCHAR), CAST(E() * E() AS VARCHAR)) AS digits
  FROM dsp_impressions GROUP BY 1
)
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i CROSS JOIN k
WHERE i.postal_code = CONCAT(SUBSTRING(k.digits, CUSTOM_PARAMETER('d1'), 1),
                             SUBSTRING(k.digits, CUSTOM_PARAMETER('d2'), 1),
                             SUBSTRING(k.digits, CUSTOM_PARAMETER('d3'), 1),
                             SUBSTRING(k.digits, CUSTOM_PARAMETER('d4'), 1),
                             SUBSTRING(k.digits, CUSTOM_PARAMETER('d5'), 1))
GROUP BY i.campaign
