-- entries of a DMA row: the dsp_clicks path (the DMA's own clickers) and the
-- window SUM(clicks) OVER (PARTITION BY campaign) of the subquery, on that
-- path: each click record's frame is its campaign's records, and grouping by
-- dma_code unions those frames (every clicker of every campaign clicked in
-- the DMA); dma_code is LOW: 2 users from each
WITH w AS (
  SELECT user_id,
         dma_code,
         campaign,
         SUM(clicks) OVER (PARTITION BY campaign) AS campaign_clicks
  FROM dsp_clicks
),
rows_ AS (
  SELECT dma_code,
         COUNT(*) AS clicks,
         MAX(campaign_clicks) AS top_campaign_clicks
  FROM w
  GROUP BY dma_code
),
own AS (
  SELECT dma_code, COUNT(DISTINCT user_id) AS u
  FROM dsp_clicks
  GROUP BY dma_code
),
dc AS MATERIALIZED (SELECT DISTINCT dma_code, campaign FROM dsp_clicks),
frame AS (
  SELECT dc.dma_code, COUNT(DISTINCT c.user_id) AS u
  FROM dc JOIN dsp_clicks c ON c.campaign IS dc.campaign
  GROUP BY dc.dma_code
)
SELECT r.dma_code, r.clicks, r.top_campaign_clicks
FROM rows_ r
JOIN own ON own.dma_code IS r.dma_code
JOIN frame ON frame.dma_code IS r.dma_code
WHERE own.u >= 2
  AND frame.u >= 2;
