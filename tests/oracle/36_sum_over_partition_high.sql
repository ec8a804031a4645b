-- 36: SUM(COUNT(*)) OVER (PARTITION BY dma_code) with GROUP BY dma_code,
-- postal_code (HIGH: 100). The window is an entry of its own (the users of
-- the row's whole DMA) beside the row's own path (the users of its DMA and
-- postal code): a row needs 100 users from each, so the large DMA frame
-- does not rescue small postal codes. Only the few (DMA, postal code) rows
-- that have 100 users themselves (in DMAs with 100+ users) are kept.
-- expect: removes
SELECT dma_code,
       postal_code,
       COUNT(*) AS n,
       SUM(COUNT(*)) OVER (PARTITION BY dma_code) AS dma_n
FROM dsp_impressions
GROUP BY dma_code, postal_code
