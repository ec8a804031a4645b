-- First token of a split campaign name, with a subscript directly on the
-- function call (AMC accepts it; PostgreSQL wants extra parentheses).
SELECT
  REGEXP_SPLIT(campaign, '_')[1] AS brand_token,
  COUNT(DISTINCT user_id) AS reach,
  SUM(impressions) AS impressions
FROM dsp_impressions
GROUP BY 1
