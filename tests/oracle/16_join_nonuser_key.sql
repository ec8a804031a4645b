-- 16: inner join of two user-owned tables on a non-user key (the day): the
-- two paths have different users. A (day, device_type) row is kept only if
-- it has 2 clickers AND 2 converters; the clicks path is often the one
-- below threshold (1 clicker of a device type on a day), and the NULL
-- device_type (NULL-user clicks) has 0 clickers.
-- expect: removes
SELECT c.click_date AS day,
       c.device_type,
       COUNT(*) AS pairs,
       COUNT(DISTINCT v.user_id) AS converters
FROM dsp_clicks c
JOIN conversions v
  ON c.click_date = v.event_date_utc
GROUP BY c.click_date, c.device_type
