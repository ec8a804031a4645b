-- attack: check_using() compares the first column named k found in each side's join tree
-- mechanism: 3
-- expect-at: 14:50
-- Was accepted: check_using() compares the first column named k found in
-- each side's join tree. After a FULL OUTER JOIN ... USING (k), the merged k
-- is COALESCE(a.k, b.k): for rows only in b it is b.k = postal_code. The
-- next JOIN ... USING (k) against a literal is checked against a.k
-- (campaign, LOW) only, so postal_code = '10001' passes. With b.k = user_id
-- and a VALUES list of ids it singles out users (also accepted).
WITH a AS (SELECT campaign AS k, user_id FROM dsp_clicks),
     b AS (SELECT postal_code AS k, user_id FROM dsp_impressions),
     c AS (SELECT '10001' AS k, 1 AS one)
SELECT COUNT(DISTINCT COALESCE(a.user_id, b.user_id)) AS reach
FROM a FULL OUTER JOIN b USING (k) JOIN c USING (k)
