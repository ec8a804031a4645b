-- the users of a DMA row: every clicker of every campaign clicked in the DMA
WITH w AS (
  SELECT user_id,
         dma_code,
         campaign,
         SUM(clicks) OVER (PARTITION BY campaign) AS campaign_clicks
  FROM dsp_clicks
),
dc AS MATERIALIZED (SELECT DISTINCT dma_code, campaign FROM dsp_clicks),
dma_users AS (
  SELECT dc.dma_code, COUNT(DISTINCT c.user_id) AS u
  FROM dc JOIN dsp_clicks c ON c.campaign = dc.campaign
  GROUP BY dc.dma_code
),
rows_ AS (
  SELECT dma_code,
         COUNT(*) AS clicks,
         MAX(campaign_clicks) AS top_campaign_clicks
  FROM w
  GROUP BY dma_code
)
SELECT r.dma_code, r.clicks, r.top_campaign_clicks
FROM rows_ r
JOIN dma_users d ON d.dma_code IS r.dma_code
WHERE d.u >= 2;
