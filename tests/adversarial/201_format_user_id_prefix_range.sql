-- attack: single out users whose id starts with a chosen prefix: a half-open range whose bounds are FORMAT results
-- mechanism: 1
-- expect-at: 10:7
WITH exposed AS (
  SELECT user_id AS uid, campaign, impressions
  FROM dsp_impressions
)
SELECT campaign, SUM(impressions) AS imps
FROM exposed
WHERE uid >= FORMAT('%s%s', 'amzn1.a', 'ccount.AE')
  AND uid < FORMAT('%s', 'amzn1.account.AF')
GROUP BY campaign
