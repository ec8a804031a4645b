-- 66: two aggregate windows with different partitions in one select: two
-- window entries (the row's campaign's clickers, its device type's
-- clickers) beside the row's own path. A row needs 2 users from each of the
-- three: single-clicker (campaign, device) rows are removed although both
-- partitions are large, and the NULL device type (NULL-user clicks only)
-- fails its own path and its device partition.
-- expect: removes
SELECT campaign,
       device_type,
       COUNT(*) AS clicks,
       SUM(COUNT(*)) OVER (PARTITION BY campaign) AS campaign_clicks,
       SUM(COUNT(*)) OVER (PARTITION BY device_type) AS device_clicks
FROM dsp_clicks
GROUP BY campaign, device_type
