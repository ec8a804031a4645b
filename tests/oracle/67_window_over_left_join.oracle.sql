-- entries of a campaign row: the dsp_impressions path (the campaign's
-- impression users), the dsp_clicks path (the campaign's TV clickers, only
-- when the LEFT JOIN matched), and the window SUM(...) OVER () on each path
-- (frame: every row, so every impression user, and every TV clicker of the
-- campaigns that had impressions); campaign is LOW: 2 users from each
WITH imp AS MATERIALIZED (
  SELECT DISTINCT campaign, user_id FROM dsp_impressions
),
tv AS MATERIALIZED (
  SELECT DISTINCT campaign, user_id FROM dsp_clicks WHERE device_type = 'TV'
),
i AS (
  SELECT campaign, COUNT(DISTINCT user_id) AS reach
  FROM dsp_impressions
  GROUP BY campaign
),
c AS (
  SELECT campaign, COUNT(DISTINCT user_id) AS tv_clickers
  FROM dsp_clicks
  WHERE device_type = 'TV'
  GROUP BY campaign
),
j AS MATERIALIZED (
  SELECT i.campaign,
         i.reach,
         c.tv_clickers,
         SUM(c.tv_clickers) OVER () AS all_tv_clickers,
         c.campaign AS matched
  FROM i LEFT JOIN c ON i.campaign = c.campaign
)
SELECT j.campaign, j.reach, j.tv_clickers, j.all_tv_clickers
FROM j
WHERE (SELECT COUNT(DISTINCT d.user_id) FROM imp d
       WHERE d.campaign = j.campaign) >= 2
  AND (j.matched IS NULL
       OR (SELECT COUNT(DISTINCT k.user_id) FROM tv k
           WHERE k.campaign = j.campaign) >= 2)
  AND (SELECT COUNT(DISTINCT d.user_id)
       FROM j f JOIN imp d ON d.campaign = f.campaign) >= 2
  AND (NOT EXISTS (SELECT 1 FROM j f WHERE f.matched IS NOT NULL)
       OR (SELECT COUNT(DISTINCT k.user_id)
           FROM j f JOIN tv k ON k.campaign = f.matched) >= 2);
