-- 70: comma (cross) join of a one-row total with per-DMA rows: the total's
-- path has all 440 clickers on every row, the DMA path only the DMA's;
-- single-clicker DMAs are removed by the DMA path. Rounded share.
-- expect: removes
SELECT d.dma_code,
       d.clickers,
       ROUND(100.0 * d.clickers / t.total, 2) AS pct_of_clickers
FROM (SELECT COUNT(DISTINCT user_id) AS total FROM dsp_clicks) t,
     (SELECT dma_code, COUNT(DISTINCT user_id) AS clickers
      FROM dsp_clicks
      GROUP BY dma_code) d
