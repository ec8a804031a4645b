-- 36: SUM(COUNT(*)) OVER (PARTITION BY dma_code) with GROUP BY dma_code,
-- postal_code (HIGH: 100). Each row's users are those of its whole DMA, so
-- every postal code of a DMA with 100+ users is kept, even postal codes with
-- one user; every postal code of the smaller DMAs is removed.
-- expect: removes
SELECT dma_code,
       postal_code,
       COUNT(*) AS n,
       SUM(COUNT(*)) OVER (PARTITION BY dma_code) AS dma_n
FROM dsp_impressions
GROUP BY dma_code, postal_code
