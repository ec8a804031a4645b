-- A result row (campaign, min_clicks) carries the TV arm's path if the TV
-- arm produced that row, and the phone arm's path if the phone arm did;
-- each carried path must have >= 2 users.
WITH tv AS (
  SELECT campaign, MIN(clicks) AS m, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks WHERE device_type = 'TV' GROUP BY campaign
),
ph AS (
  SELECT campaign, MIN(clicks) AS m, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks WHERE device_type = 'Phone' GROUP BY campaign
),
r AS (SELECT campaign, m FROM tv UNION SELECT campaign, m FROM ph)
SELECT r.campaign,
       r.m AS min_clicks
FROM r
LEFT JOIN tv ON tv.campaign = r.campaign AND tv.m IS r.m
LEFT JOIN ph ON ph.campaign = r.campaign AND ph.m IS r.m
WHERE (tv.campaign IS NULL OR tv.u >= 2)
  AND (ph.campaign IS NULL OR ph.u >= 2);
