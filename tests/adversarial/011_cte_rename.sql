-- attack: user_id renamed shopper_key in a CTE, then MAX of it in the final SELECT
-- expect: VERY_HIGH in output (through a CTE)
-- expect-at: 9:8
WITH exposed AS (
  SELECT user_id AS shopper_key, campaign
  FROM dsp_impressions
)
SELECT campaign,
       MAX(shopper_key) AS top_shopper,
       COUNT(*) AS imps
FROM exposed
GROUP BY campaign
