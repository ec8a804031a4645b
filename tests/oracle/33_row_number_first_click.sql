-- 33: ROW_NUMBER in a CTE, then filter rn = 1: the campaign of each person's
-- first click (ties broken by request_tag). The row number's frame (the
-- person's clicks up to this one) is an entry of its own holding the same
-- person, and it does not join the record's users: campaigns that are the
-- first click of a single person are removed. The NULL-user partition also
-- has an rn = 1 record, which counts in COUNT(*) but adds no user.
-- expect: removes
WITH r AS (
  SELECT user_id,
         campaign,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY click_dt_utc, request_tag) AS rn
  FROM dsp_clicks
)
SELECT campaign,
       COUNT(*) AS first_clicks
FROM r
WHERE rn = 1
GROUP BY campaign
