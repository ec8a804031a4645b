-- attack: the ORDER BY of an aggregate (COLLECT(x ORDER BY k)) is bound but never checked for mixed values, whereas a window's ORDER BY key is (it is reporte...
-- mechanism: 3
-- expect-at: 14:50
-- LEAK (accepted; only matters if AMC accepts ORDER BY inside an aggregate,
-- which its docs do not mention): the ORDER BY of an aggregate
-- (COLLECT(x ORDER BY k)) is bound but never checked for mixed values,
-- whereas a window's ORDER BY key is (it is reported as "window ORDER BY
-- key"). Here the key is the literal '10001' on the analyst's probe rows
-- (creatives named like '%probe%') and postal_code elsewhere, so where the
-- probe creative lands in the collected order tells how many of the
-- campaign's ZIPs sort before 10001: an ordering comparison of postal_code
-- with a literal.
SELECT campaign,
       ARRAY_TO_STRING(COLLECT(creative ORDER BY CASE WHEN creative LIKE '%probe%' THEN '10001' ELSE postal_code END), ',') AS ordered
FROM dsp_impressions
GROUP BY campaign
