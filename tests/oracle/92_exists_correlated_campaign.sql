-- 92: EXISTS and NOT EXISTS correlated on campaign (not on user_id: no
-- exception), over the attributed click events. EXISTS: the entry of a
-- click is its campaign's attributed click events (all the subquery's rows
-- for it), unioned by the GROUP BY: a campaign whose attributed clicks come
-- from a single person is removed, however many clickers it has. NOT EXISTS
-- lets through only the clicks whose subquery is empty: none of the
-- attributed events matched, and the entry is the users of all of them
-- (as for an outer join's missing side), so those rows are kept.
-- expect: removes
SELECT 'attributed' AS attribution,
       c.campaign,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE EXISTS (SELECT 1 FROM amazon_attributed_events_by_traffic_time a
              WHERE a.campaign = c.campaign
                AND a.traffic_event_type = 'CLICK')
GROUP BY c.campaign
UNION ALL
SELECT 'not attributed' AS attribution,
       c.campaign,
       COUNT(DISTINCT c.user_id) AS clickers
FROM dsp_clicks c
WHERE NOT EXISTS (SELECT 1 FROM amazon_attributed_events_by_traffic_time a
                  WHERE a.campaign = c.campaign
                    AND a.traffic_event_type = 'CLICK')
GROUP BY c.campaign
