-- attack: LOWER(device_id) joined against VALUES of literal devices
-- expect: literal compared with VERY_HIGH column (derived join key against VALUES)
-- expect-at: 7:6
SELECT c.campaign, COUNT(*) AS clicks
FROM dsp_clicks c
JOIN (VALUES ('abcd-1234-ef56')) AS t(dev)
  ON LOWER(c.device_id) = t.dev
GROUP BY c.campaign
