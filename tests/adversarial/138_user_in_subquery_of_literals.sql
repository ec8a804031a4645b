-- attack: user_id IN (SELECT uid FROM a VALUES CTE)
-- expect: literal compared with VERY_HIGH column (IN subquery of literals)
-- expect-at: 9:7
WITH watchlist (uid) AS (
  VALUES ('u-0001'), ('u-0002')
)
SELECT campaign, COUNT(*) AS imps
FROM dsp_impressions
WHERE user_id IN (SELECT uid FROM watchlist)
GROUP BY campaign
