-- attack: LENGTH(REPLACE(postal_code, '10001', '')) = 0 only for the target ZIP
-- mechanism: 3
-- expect-at: 5:36
WITH r AS (
  SELECT campaign, user_id, LENGTH(REPLACE(postal_code, '10001', '')) AS rest
  FROM dsp_impressions
)
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM r
WHERE rest = 0
GROUP BY campaign
