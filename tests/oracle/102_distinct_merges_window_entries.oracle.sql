-- entries of a campaign row: the dsp_clicks path (its clickers with a device
-- type) and the window's entry, unioned over its device rows (the next
-- device row's clickers): the clickers of every device type of the campaign
-- but the first in name order (no constraint with a single device type);
-- campaign is LOW: 2 users from each
WITH c AS (
  SELECT campaign, device_type, user_id
  FROM dsp_clicks
  WHERE device_type IS NOT NULL
),
g AS (
  SELECT campaign,
         COUNT(DISTINCT device_type) AS devices,
         MIN(device_type) AS first_device
  FROM c
  GROUP BY campaign
)
SELECT g.campaign
FROM g
WHERE (SELECT COUNT(DISTINCT user_id) FROM c
       WHERE c.campaign = g.campaign) >= 2
  AND (g.devices = 1
       OR (SELECT COUNT(DISTINCT user_id) FROM c
           WHERE c.campaign = g.campaign
             AND c.device_type <> g.first_device) >= 2);
