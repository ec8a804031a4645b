-- 39: RANK() OVER (PARTITION BY dma_code ORDER BY COUNT(*) DESC) in a CTE,
-- then rk = 1: the most clicked campaign(s) of each DMA (ties give several
-- rows). The rank's frame (the DMA's campaigns with as many clicks or more)
-- is an entry of its own, not joined to the row's users: top campaigns
-- clicked by a single person are removed.
-- expect: removes
WITH r AS (
  SELECT dma_code,
         campaign,
         COUNT(*) AS clicks,
         RANK() OVER (PARTITION BY dma_code ORDER BY COUNT(*) DESC) AS rk
  FROM dsp_clicks
  GROUP BY dma_code, campaign
)
SELECT dma_code,
       campaign,
       clicks
FROM r
WHERE rk = 1
