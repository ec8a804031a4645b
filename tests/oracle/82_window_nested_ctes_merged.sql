-- 82: a window in a nested CTE whose rows are then merged: per (campaign,
-- DMA), the previous DMA's clicks in the campaign (ROWS BETWEEN 1 PRECEDING
-- AND 1 PRECEDING, NULL DMA first); the next CTE groups by campaign, which
-- unions the window entries of the campaign's DMA rows (every DMA row but
-- the last; the first row's empty frame adds nothing) apart from the
-- campaign's own clickers. A campaign is removed when its DMAs but the last
-- have fewer than 2 clickers between them (e.g. two single-clicker DMAs),
-- however many clickers it has in all; a campaign with a single DMA has no
-- window constraint.
-- expect: removes
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
         MAX(prev_dma_clicks) AS max_prev_dma_clicks
  FROM a
  GROUP BY campaign
)
SELECT campaign, dmas, clicks, max_prev_dma_clicks
FROM b
