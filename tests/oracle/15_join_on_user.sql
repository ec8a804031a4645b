-- 15: inner join of two user-owned tables on user_id (two paths with the
-- same users): impressions followed by a conversion of the same user, by
-- campaign. Campaigns with a single such converter are removed.
-- expect: removes
SELECT i.campaign,
       COUNT(DISTINCT i.user_id) AS converters,
       COUNT(*) AS pairs
FROM dsp_impressions i
JOIN conversions c
  ON i.user_id = c.user_id
 AND c.event_dt_utc > i.impression_dt_utc
 AND c.event_type_class = 'Conversion'
GROUP BY i.campaign
