-- 94: a correlated scalar subquery in HAVING, evaluated once per group: the
-- campaigns with more clicks than TV impressions in DMA 501. The subquery is
-- an entry of the campaign's row: the users behind its one aggregated row,
-- the campaign's TV viewers in DMA 501. A campaign that passes HAVING
-- because it has no such impression (COUNT 0, no record: 0 users) is
-- removed, and so is one whose impressions there come from a single
-- viewer, whatever its clickers.
-- expect: removes
SELECT c.campaign,
       COUNT(*) AS clicks,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
GROUP BY c.campaign
HAVING COUNT(*) > (SELECT COUNT(*)
                   FROM dsp_impressions i
                   WHERE i.campaign = c.campaign
                     AND i.device_type = 'TV'
                     AND i.dma_code = '501')
