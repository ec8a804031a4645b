-- 103: an IN subquery with two paths of its own (TV clicks joined to the
-- attributed click events of the same campaign): one entry per path, each
-- the users of that path among the subquery's rows equal to the row's
-- campaign. A campaign is removed when either has a single person (e.g.
-- BRAND_A Cart Abandoners 2025: 3 TV clickers but one attributed
-- clicker), the two paths' users never adding up.
-- expect: removes
SELECT c.campaign,
       COUNT(*) AS clicks
FROM dsp_clicks c
WHERE c.campaign IN (SELECT t.campaign
                     FROM dsp_clicks t
                     JOIN amazon_attributed_events_by_traffic_time a
                       ON a.campaign = t.campaign
                      AND a.traffic_event_type = 'CLICK'
                     WHERE t.device_type = 'TV')
GROUP BY c.campaign
