WITH g AS (
  SELECT iso_state_province_code AS state, dma_code, COUNT(*) AS clicks
  FROM dsp_clicks
  GROUP BY iso_state_province_code, dma_code
)
SELECT g.state, g.clicks
FROM g
JOIN dsp_clicks c
  ON c.iso_state_province_code IS g.state
 AND c.dma_code IS g.dma_code
GROUP BY g.state, g.clicks
HAVING COUNT(DISTINCT c.user_id) >= 2;
