-- a.campaign stands for all attributed CLICK records of that campaign
WITH a AS (
  SELECT campaign, COUNT(*) AS attributed
  FROM amazon_attributed_events_by_traffic_time
  WHERE traffic_event_type = 'CLICK'
  GROUP BY campaign
)
SELECT c.dma_code,
       COUNT(*) AS clicks,
       SUM(a.attributed) AS attributed_sum
FROM dsp_clicks c
JOIN a ON c.campaign = a.campaign
GROUP BY c.dma_code
HAVING COUNT(DISTINCT c.user_id) >= 2
   AND (SELECT COUNT(DISTINCT t.user_id)
        FROM amazon_attributed_events_by_traffic_time t
        WHERE t.traffic_event_type = 'CLICK'
          AND t.campaign IN (SELECT c2.campaign FROM dsp_clicks c2
                             WHERE c2.dma_code IS c.dma_code)) >= 2;
