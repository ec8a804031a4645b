-- attack: the same through a WINDOW clause: the named window's partition key LENGTH(campaign) * 0 is always 0
-- mechanism: 3
-- expect-at: 14:7
-- Was accepted: the same through a WINDOW clause: the named window's
-- partition key LENGTH(campaign) * 0 is always 0.
WITH w AS (
  SELECT campaign, impressions,
         ROW_NUMBER() OVER win AS rn
  FROM dsp_impressions
  WINDOW win AS (PARTITION BY LENGTH(campaign) * 0 ORDER BY device_id)
)
SELECT campaign, SUM(impressions) AS imps
FROM w
WHERE rn = 1
GROUP BY campaign
