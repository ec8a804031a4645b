-- attack: correlated scalar subquery returns one device_id per campaign
-- expect: VERY_HIGH in output (correlated scalar subquery)
-- expect-at: 5:8
SELECT i.campaign,
       (SELECT MIN(c.device_id)
        FROM dsp_clicks c
        WHERE c.campaign_id = i.campaign_id) AS a_device,
       COUNT(*) AS imps
FROM dsp_impressions i
GROUP BY i.campaign, i.campaign_id
