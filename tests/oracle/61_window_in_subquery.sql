-- 61: an aggregate window function inside a subquery, on row-level records:
-- SUM(clicks) OVER (PARTITION BY campaign) gives every click record the
-- users of its whole campaign partition. Grouping by dma_code then unions
-- those: a DMA with a single clicker is kept when that clicker's campaigns
-- have 2+ clickers in total, and the NULL DMA (NULL-user clicks only) is
-- kept too. Only DMAs whose clicks are all in single-clicker campaigns
-- would be removed (none on the reference fixture; contrast with 05).
-- expect: keeps-all
SELECT dma_code,
       COUNT(*) AS clicks,
       MAX(campaign_clicks) AS top_campaign_clicks
FROM (SELECT user_id,
             dma_code,
             campaign,
             SUM(clicks) OVER (PARTITION BY campaign) AS campaign_clicks
      FROM dsp_clicks) w
GROUP BY dma_code
