-- 59: GROUP BY over a UNION ALL of two sources: a DMA row merges click
-- records (dsp_clicks path) and TV impression records (dsp_impressions
-- path). Each path that contributed must have 2 users: DMAs with a single
-- clicker are removed even with many TV viewers, and vice versa.
-- expect: removes
SELECT dma_code,
       COUNT(*) AS events
FROM (SELECT dma_code, user_id FROM dsp_clicks
      UNION ALL
      SELECT dma_code, user_id FROM dsp_impressions WHERE device_type = 'TV') u
GROUP BY dma_code
