-- 61: an aggregate window function inside a subquery, on row-level records:
-- SUM(clicks) OVER (PARTITION BY campaign) gives every click record a window
-- entry, its campaign's users, kept apart from the record's own user.
-- Grouping by dma_code unions each separately: the DMA's own clickers, and
-- the clickers of every campaign clicked in the DMA (many). A row needs 2
-- from each, so single-clicker DMAs and the NULL DMA (NULL-user clicks
-- only) are removed, as in 05 (the old rule, merging the frames' users into
-- the records', kept every DMA).
-- expect: removes
SELECT dma_code,
       COUNT(*) AS clicks,
       MAX(campaign_clicks) AS top_campaign_clicks
FROM (SELECT user_id,
             dma_code,
             campaign,
             SUM(clicks) OVER (PARTITION BY campaign) AS campaign_clicks
      FROM dsp_clicks) w
GROUP BY dma_code
