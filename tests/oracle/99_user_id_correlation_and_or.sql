-- 99: the user_id exception needs inner.user_id = outer.user_id AND-ed at
-- the top of the subquery's WHERE (either side may come first). First arm:
-- outer.user_id = inner.user_id AND ...: an empty NOT EXISTS subquery does
-- not constrain, rows need their own non-buying clickers (as in 93). Second
-- arm: the same equality inside an OR (whose other branch never holds on
-- the reference fixture): no exception, every row let through has an empty
-- subquery, 0 users, and is removed.
-- expect: removes
SELECT 'and' AS correlation,
       c.campaign,
       COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE NOT EXISTS (SELECT 1 FROM conversions v
                  WHERE c.user_id = v.user_id
                    AND v.total_units_sold >= 1)
GROUP BY c.campaign
UNION ALL
SELECT 'or' AS correlation,
       c.campaign,
       COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE NOT EXISTS (SELECT 1 FROM conversions v
                  WHERE c.user_id = v.user_id
                     OR v.total_units_sold > 1000)
GROUP BY c.campaign
