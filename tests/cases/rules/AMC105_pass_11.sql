-- AMC105: must not be reported. Last touch per conversion, ties broken by
-- request_tag: a rank within partitions of one conversion each counts
-- that conversion's touches and reveals nothing of its order.
WITH t AS (
  SELECT c.conversion_id, i.campaign,
         ROW_NUMBER() OVER (PARTITION BY c.conversion_id ORDER BY i.impression_dt_utc DESC, i.request_tag) AS rn
  FROM conversions c
  JOIN dsp_impressions i ON i.user_id = c.user_id AND i.impression_dt_utc <= c.event_dt_utc
)
SELECT campaign, COUNT(DISTINCT conversion_id) AS conversions
FROM t WHERE rn = 1 GROUP BY campaign
