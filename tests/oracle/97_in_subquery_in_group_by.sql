-- 97: an IN subquery inside a GROUP BY key (not output): clicks by
-- advertiser, split by whether the campaign has attributed click events.
-- The subquery is evaluated per click: for a click whose campaign is in the
-- subquery, the entry is the users of the subquery's rows equal to it; for
-- one that is not, no row equals and the entry is the users of all its
-- rows. The GROUP BY unions them: an advertiser's row of campaigns without
-- attributed clicks gets every attributed clicker (kept), its row of
-- attributed campaigns only their attributed clickers: removed when that is
-- one person (Contoso Sports, Northwind Coffee, Tailspin Toys).
-- expect: removes
SELECT advertiser,
       COUNT(*) AS clicks,
       COUNT(DISTINCT user_id) AS clickers
FROM dsp_clicks
GROUP BY advertiser,
         CASE WHEN campaign IN (SELECT campaign
                                FROM amazon_attributed_events_by_traffic_time
                                WHERE traffic_event_type = 'CLICK')
              THEN 1 ELSE 0 END
