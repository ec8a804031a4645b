-- attack: VERY_HIGH event_id of sponsored ads traffic shown as a sample per campaign
-- expect: VERY_HIGH in output
-- expect-at: 5:8
SELECT campaign,
       MIN(event_id) AS sample_event,
       SUM(clicks) AS clicks
FROM sponsored_ads_traffic
GROUP BY campaign
