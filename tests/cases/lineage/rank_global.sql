-- A rank over all rows numbers them: grouping by it is per event (AMC102).
WITH t AS (
  SELECT campaign, ROW_NUMBER() OVER (ORDER BY request_tag) AS rn
  FROM dsp_impressions
)
SELECT COUNT(*) AS n FROM t GROUP BY rn
