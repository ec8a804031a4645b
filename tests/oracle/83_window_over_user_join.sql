-- 83: a window over the rows of a join of two user tables (clicks LEFT JOIN
-- purchases on user_id, grouped by campaign), with a frame on the previous
-- campaign of the advertiser: one window entry per path. A campaign without
-- a buying clicker has no record of the conversions path itself, but is
-- removed when the previous campaign has exactly one buying clicker (e.g.
-- BRAND_B Category Conquest 2025, after Always-On Retargeting 2026); when
-- the previous campaign has none either, the frame holds no conversion and
-- does not constrain.
-- expect: removes
SELECT c.advertiser,
       c.campaign,
       COUNT(DISTINCT c.user_id) AS clickers,
       COUNT(DISTINCT v.user_id) AS buying_clickers,
       SUM(COUNT(v.user_id)) OVER (PARTITION BY c.advertiser ORDER BY c.campaign
                                   ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_purchases
FROM dsp_clicks c
LEFT JOIN conversions v
  ON v.user_id = c.user_id
GROUP BY c.advertiser, c.campaign
