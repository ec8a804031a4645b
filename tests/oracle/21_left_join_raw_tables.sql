-- 21: LEFT JOIN of raw tables on user_id: clicks and the later conversions of
-- the same person, by campaign. In a campaign where no click is followed by
-- a conversion, the conversions path contributed no record: only the clicks
-- path (2 users) constrains the row. Where exactly one clicker converted,
-- the conversions path has 1 user and the row is removed.
-- expect: removes
SELECT c.campaign,
       COUNT(DISTINCT c.user_id) AS clickers,
       COUNT(DISTINCT v.user_id) AS converters
FROM dsp_clicks c
LEFT JOIN conversions v
  ON c.user_id = v.user_id
 AND v.event_dt_utc >= c.click_dt_utc
GROUP BY c.campaign
