-- 35: DENSE_RANK() in the final select (lineage of its ORDER BY only,
-- COUNT(*): NONE). Ranking functions do not union users: single-clicker
-- DMAs are removed (contrast with 34); ranks are computed before removal,
-- so the kept rows show gaps.
-- expect: removes
SELECT dma_code,
       COUNT(*) AS clicks,
       DENSE_RANK() OVER (ORDER BY COUNT(*) DESC) AS click_rank
FROM dsp_clicks
GROUP BY dma_code
