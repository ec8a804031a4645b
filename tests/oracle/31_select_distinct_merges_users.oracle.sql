-- the users of a (state, band) row: the clickers of all its DMAs
WITH d AS (
  SELECT iso_state_province_code AS state,
         dma_code,
         CASE WHEN COUNT(DISTINCT user_id) >= 3 THEN 'big' ELSE 'small' END AS band
  FROM dsp_clicks
  GROUP BY iso_state_province_code, dma_code
)
SELECT d.state, d.band
FROM d
JOIN dsp_clicks c
  ON c.iso_state_province_code IS d.state
 AND c.dma_code IS d.dma_code
GROUP BY d.state, d.band
HAVING COUNT(DISTINCT c.user_id) >= 2;
