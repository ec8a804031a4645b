-- 102: SELECT DISTINCT over rows carrying window entries: per (campaign,
-- device type), the next device type's clicks (ROWS BETWEEN 1 FOLLOWING AND
-- 1 FOLLOWING); DISTINCT campaign merges a campaign's rows and unions their
-- window entries (every device type but the first, in name order; the last
-- row's empty frame adds nothing) apart from their own clickers. A campaign
-- is removed when its device types after the first have a single clicker
-- between them, however many it has in all; a campaign with one device
-- type has no window constraint.
-- expect: removes
WITH g AS (
  SELECT campaign,
         device_type,
         COUNT(*) AS clicks,
         SUM(COUNT(*)) OVER (PARTITION BY campaign ORDER BY device_type
                             ROWS BETWEEN 1 FOLLOWING AND 1 FOLLOWING) AS next_device_clicks
  FROM dsp_clicks
  WHERE device_type IS NOT NULL
  GROUP BY campaign, device_type
)
SELECT DISTINCT campaign
FROM g
