-- A global rank ordered by a VERY_HIGH column singles out a row: rn = 1 is
-- a literal filter (AMC105).
WITH t AS (
  SELECT campaign, ROW_NUMBER() OVER (ORDER BY request_tag) AS rn
  FROM dsp_impressions
)
SELECT COUNT(*) AS n FROM t WHERE rn = 1
