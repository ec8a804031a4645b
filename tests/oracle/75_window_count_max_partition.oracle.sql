-- entries of a (state, DMA) row: the dsp_clicks path (its own clickers) and
-- one window entry (both windows have the same spec, PARTITION BY state:
-- the state's clickers); dma_code and the state are LOW: 2 users from each
WITH g AS (
  SELECT iso_state_province_code AS state,
         dma_code,
         COUNT(*) AS clicks,
         COUNT(*) OVER (PARTITION BY iso_state_province_code) AS dmas_in_state,
         MAX(COUNT(*)) OVER (PARTITION BY iso_state_province_code) AS max_dma_clicks
  FROM dsp_clicks
  GROUP BY iso_state_province_code, dma_code
)
SELECT g.state, g.dma_code, g.clicks, g.dmas_in_state, g.max_dma_clicks
FROM g
WHERE (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.iso_state_province_code IS g.state AND c.dma_code IS g.dma_code) >= 2
  AND (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.iso_state_province_code IS g.state) >= 2;
