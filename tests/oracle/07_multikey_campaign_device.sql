-- 07: multi-key GROUP BY of two LOW columns (campaign, device_type) with
-- NONE metrics (COUNT(*), SUM(clicks)): the requirement stays 2; many
-- (campaign, device) pairs have a single clicker.
-- expect: removes
SELECT campaign,
       device_type,
       COUNT(*) AS n,
       SUM(clicks) AS clicks
FROM dsp_clicks
GROUP BY campaign, device_type
