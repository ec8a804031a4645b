-- 93: EXISTS and NOT EXISTS correlated on user_id (inner.user_id =
-- outer.user_id, AND-ed at the top of the subquery's WHERE): the exception.
-- EXISTS: the entry of a click is its clicker's purchases, i.e. that user,
-- so a campaign's entry is its buying clickers, as its own path's: a
-- campaign with one buying clicker is removed. NOT EXISTS: the subquery of
-- every row let through is empty, which does not constrain (contrast with
-- 92): rows need their own non-buying clickers only (NULL-user clicks pass
-- the filter and add no user).
-- expect: removes
SELECT 'buyers' AS clickers_who,
       c.campaign,
       COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE EXISTS (SELECT 1 FROM conversions v
              WHERE v.user_id = c.user_id
                AND v.total_units_sold >= 1)
GROUP BY c.campaign
UNION ALL
SELECT 'non-buyers' AS clickers_who,
       c.campaign,
       COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE NOT EXISTS (SELECT 1 FROM conversions v
                  WHERE v.user_id = c.user_id
                    AND v.total_units_sold >= 1)
GROUP BY c.campaign
