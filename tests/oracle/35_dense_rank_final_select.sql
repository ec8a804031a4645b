-- 35: DENSE_RANK() in the final select (lineage of its ORDER BY only,
-- COUNT(*): NONE). The rank's frame (every DMA with as many clicks or
-- more) is an entry of its own; it includes the row, so it has at least the
-- row's own users and the row's own path decides: single-clicker DMAs are
-- removed (as in 34); ranks are computed before removal, so the kept rows
-- show gaps.
-- expect: removes
SELECT dma_code,
       COUNT(*) AS clicks,
       DENSE_RANK() OVER (ORDER BY COUNT(*) DESC) AS click_rank
FROM dsp_clicks
GROUP BY dma_code
