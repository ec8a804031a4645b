-- 22: user-level CTE (GROUP BY user_id, campaign) then GROUP BY campaign and
-- frequency: how many people saw each campaign n times. High frequencies
-- have a single person (removed). The CTE's NULL-user group of each campaign
-- is a "person" for COUNT(*) but has no user: a bucket holding only it is
-- removed.
-- expect: removes
WITH f AS (
  SELECT user_id, campaign, COUNT(*) AS n
  FROM dsp_impressions
  GROUP BY user_id, campaign
)
SELECT campaign,
       n AS frequency,
       COUNT(*) AS people
FROM f
GROUP BY campaign, n
