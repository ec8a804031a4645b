-- 118: deduplicated reach across DSP, sponsored ads and the ad server as
-- one total, the ad server table being empty: the global aggregate holds
-- records of the first two paths, and the third, with no record in it,
-- asks nothing (a total over no record at all would have no user).
-- expect: keeps-all
WITH reached AS (
  SELECT user_id FROM dsp_impressions
  UNION
  SELECT user_id FROM sponsored_ads_traffic WHERE impressions > 0
  UNION
  SELECT user_id FROM adserver_traffic
)
SELECT COUNT(user_id) AS deduplicated_reach
FROM reached
