-- 64: SELECT DISTINCT with GROUP BY: (state, clicks per DMA) rows of
-- different DMAs merge and their users are unioned. (state, 1) made of two
-- single-click DMAs has 2 users (kept); made of one, 1 user (removed).
-- expect: removes
SELECT DISTINCT iso_state_province_code AS state,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY iso_state_province_code, dma_code
