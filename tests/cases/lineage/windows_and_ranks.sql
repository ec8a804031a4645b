-- A ranking window reveals only its ORDER BY; an aggregate window reveals
-- its argument, not its PARTITION BY keys.
WITH ranked AS (
  SELECT
    campaign,
    ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY impression_dt) AS rn,
    SUM(impressions) OVER (PARTITION BY user_id) AS user_imps
  FROM dsp_impressions
)
SELECT campaign, rn, MAX(user_imps) AS most, COUNT(*) AS n
FROM ranked
GROUP BY campaign, rn
