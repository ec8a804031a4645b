-- 101: a correlated scalar subquery in the final select list of a grouped
-- query (outside any aggregate: once per campaign), the campaign's first TV
-- click hour. Its entry is the users behind its one aggregated row, the
-- campaign's TV clickers: campaigns with a single TV clicker are removed,
-- and so are those without any (MIN is NULL, its row holds no record: 0
-- users), however many clickers they have.
-- expect: removes
SELECT campaign,
       COUNT(*) AS clicks,
       (SELECT MIN(click_hour)
        FROM dsp_clicks c2
        WHERE c2.campaign = c.campaign
          AND c2.device_type = 'TV') AS first_tv_hour
FROM dsp_clicks c
GROUP BY campaign
