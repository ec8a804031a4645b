-- 66: two aggregate windows with different partitions in one select: a
-- (campaign, device_type) row's users are the union of both frames (its
-- campaign's clickers and its device type's clickers). Single-clicker
-- (campaign, device) rows survive through either partition; only rows whose
-- campaign and device type both have fewer than 2 clickers are removed
-- (e.g. the NULL device type, NULL-user clicks only, in a campaign with a
-- single clicker).
-- expect: removes
SELECT campaign,
       device_type,
       COUNT(*) AS clicks,
       SUM(COUNT(*)) OVER (PARTITION BY campaign) AS campaign_clicks,
       SUM(COUNT(*)) OVER (PARTITION BY device_type) AS device_clicks
FROM dsp_clicks
GROUP BY campaign, device_type
