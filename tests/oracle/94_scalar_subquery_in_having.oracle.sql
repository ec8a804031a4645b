-- entries of a campaign row: the dsp_clicks path (its clickers) and the
-- HAVING subquery's dsp_impressions path (the users of the campaign's TV
-- impressions in DMA 501; none: 0 users); campaign is LOW: 2 users
WITH tv501 AS (
  SELECT campaign, COUNT(*) AS n, COUNT(DISTINCT user_id) AS u
  FROM dsp_impressions
  WHERE device_type = 'TV' AND dma_code = '501'
  GROUP BY campaign
)
SELECT c.campaign, COUNT(*) AS clicks, COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
LEFT JOIN tv501 t ON t.campaign = c.campaign
GROUP BY c.campaign
HAVING COUNT(*) > COALESCE(MAX(t.n), 0)
   AND COUNT(DISTINCT c.user_id) >= 2
   AND COALESCE(MAX(t.u), 0) >= 2;
