-- 75: aggregate windows other than SUM (COUNT(*) OVER and MAX(...) OVER,
-- both PARTITION BY state: one spec, one window entry, the state's
-- clickers). The entry is kept apart from the row's own path, so
-- single-clicker DMAs are removed although their state has many clickers
-- (as in 05); the NULL state, NULL-user clicks only, fails both.
-- expect: removes
SELECT iso_state_province_code AS state,
       dma_code,
       COUNT(*) AS clicks,
       COUNT(*) OVER (PARTITION BY iso_state_province_code) AS dmas_in_state,
       MAX(COUNT(*)) OVER (PARTITION BY iso_state_province_code) AS max_dma_clicks
FROM dsp_clicks
GROUP BY iso_state_province_code, dma_code
