-- per campaign: the TV arm's users (if the arm has the campaign) and the
-- phone arm's users (idem) must each be >= 2
WITH tv AS (
  SELECT campaign, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks WHERE device_type = 'TV' GROUP BY campaign
),
ph AS (
  SELECT campaign, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks WHERE device_type = 'Phone' GROUP BY campaign
),
camps AS (SELECT campaign FROM tv UNION SELECT campaign FROM ph)
SELECT camps.campaign,
       1 AS active
FROM camps
LEFT JOIN tv ON tv.campaign = camps.campaign
LEFT JOIN ph ON ph.campaign = camps.campaign
WHERE (tv.campaign IS NULL OR tv.u >= 2)
  AND (ph.campaign IS NULL OR ph.u >= 2);
