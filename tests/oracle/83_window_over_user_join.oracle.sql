-- entries of a campaign row: the dsp_clicks path (its clickers), the
-- conversions path (its buying clickers, only when some clicker bought),
-- and the window's frame on each path (the previous campaign of the
-- advertiser, none for the first: its clickers; its buying clickers, no
-- constraint when it has none); campaign is LOW: 2 users from each
WITH g AS (
  SELECT c.advertiser,
         c.campaign,
         COUNT(DISTINCT c.user_id) AS clickers,
         COUNT(DISTINCT v.user_id) AS buying_clickers,
         SUM(COUNT(v.user_id)) OVER (PARTITION BY c.advertiser ORDER BY c.campaign
                                     ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_purchases,
         ROW_NUMBER() OVER (PARTITION BY c.advertiser ORDER BY c.campaign) AS pos
  FROM dsp_clicks c
  LEFT JOIN conversions v
    ON v.user_id = c.user_id
  GROUP BY c.advertiser, c.campaign
),
users AS (
  SELECT c.advertiser,
         c.campaign,
         COUNT(DISTINCT c.user_id) AS cu,
         COUNT(v.user_id) AS v_records,
         COUNT(DISTINCT v.user_id) AS vu
  FROM dsp_clicks c
  LEFT JOIN conversions v
    ON v.user_id = c.user_id
  GROUP BY c.advertiser, c.campaign
)
SELECT g.advertiser, g.campaign, g.clickers, g.buying_clickers, g.prev_purchases
FROM g
JOIN users own ON own.advertiser IS g.advertiser AND own.campaign IS g.campaign
LEFT JOIN g gp ON gp.advertiser IS g.advertiser AND gp.pos = g.pos - 1
LEFT JOIN users prev ON prev.advertiser IS gp.advertiser AND prev.campaign IS gp.campaign
WHERE own.cu >= 2
  AND (own.v_records = 0 OR own.vu >= 2)
  AND (gp.pos IS NULL OR prev.cu >= 2)
  AND (gp.pos IS NULL OR prev.v_records = 0 OR prev.vu >= 2);
