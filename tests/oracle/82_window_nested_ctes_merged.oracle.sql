-- entries of a campaign row: the dsp_clicks path (the campaign's clickers)
-- and the window's entry on that path, the union over the campaign's DMA
-- rows of their frames (the previous DMA row): the clickers of every DMA of
-- the campaign but the last in dma_code order (NULL first), no constraint
-- when the campaign has a single DMA row; campaign is LOW: 2 users from each
WITH a AS (
  SELECT campaign,
         dma_code,
         COUNT(*) AS clicks,
         SUM(COUNT(*)) OVER (PARTITION BY campaign ORDER BY dma_code
                             ROWS BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_dma_clicks
  FROM dsp_clicks
  GROUP BY campaign, dma_code
),
b AS (
  SELECT campaign,
         COUNT(*) AS dmas,
         SUM(clicks) AS clicks,
         MAX(prev_dma_clicks) AS max_prev_dma_clicks,
         MAX(dma_code) AS last_dma
  FROM a
  GROUP BY campaign
)
SELECT b.campaign, b.dmas, b.clicks, b.max_prev_dma_clicks
FROM b
WHERE (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
       WHERE c.campaign = b.campaign) >= 2
  AND (b.dmas = 1
       OR (SELECT COUNT(DISTINCT c.user_id) FROM dsp_clicks c
           WHERE c.campaign = b.campaign
             AND c.dma_code IS NOT b.last_dma) >= 2);
