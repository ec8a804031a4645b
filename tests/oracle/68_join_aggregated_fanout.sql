-- 68: raw clicks joined to an aggregated subquery (attributed click events
-- per campaign) on campaign, then grouped by dma_code. The subquery path's
-- users for a DMA row are the union of the attributed clickers of every
-- campaign clicked in that DMA (few: about 14 in all), the clicks path's
-- users the DMA's clickers; a row needs 2 on each.
-- expect: removes
SELECT c.dma_code,
       COUNT(*) AS clicks,
       SUM(a.attributed) AS attributed_sum
FROM dsp_clicks c
JOIN (SELECT campaign, COUNT(*) AS attributed
      FROM amazon_attributed_events_by_traffic_time
      WHERE traffic_event_type = 'CLICK'
      GROUP BY campaign) a
  ON c.campaign = a.campaign
GROUP BY c.dma_code
