-- 58: dsp_views by site and day with viewable impressions: a few (site, day)
-- rows have a single viewer (removed).
-- expect: removes
SELECT site,
       event_date,
       COUNT(*) AS views,
       SUM(viewable_impressions) AS viewable
FROM dsp_views
GROUP BY site, event_date
