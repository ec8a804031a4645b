-- 75: aggregate windows other than SUM (COUNT(*) OVER and MAX(...) OVER,
-- partitioned by state) union users too: every (state, DMA) row gets its
-- state's clickers, so single-clicker DMAs are kept (contrast with 05);
-- the NULL state, alone in its partition with NULL-user clicks only, is
-- removed.
-- expect: removes
SELECT iso_state_province_code AS state,
       dma_code,
       COUNT(*) AS clicks,
       COUNT(*) OVER (PARTITION BY iso_state_province_code) AS dmas_in_state,
       MAX(COUNT(*)) OVER (PARTITION BY iso_state_province_code) AS max_dma_clicks
FROM dsp_clicks
GROUP BY iso_state_province_code, dma_code
