WITH g AS (
  SELECT iso_state_province_code AS state,
         dma_code,
         COUNT(*) AS clicks,
         COUNT(*) OVER (PARTITION BY iso_state_province_code) AS dmas_in_state,
         MAX(COUNT(*)) OVER (PARTITION BY iso_state_province_code) AS max_dma_clicks
  FROM dsp_clicks
  GROUP BY iso_state_province_code, dma_code
),
su AS (
  SELECT iso_state_province_code AS state, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks
  GROUP BY iso_state_province_code
)
SELECT g.state, g.dma_code, g.clicks, g.dmas_in_state, g.max_dma_clicks
FROM g JOIN su ON su.state IS g.state
WHERE su.u >= 2;
