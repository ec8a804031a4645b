WITH a AS (
  SELECT campaign FROM dsp_impressions
)
SELECT campaign FROM a WHERE
