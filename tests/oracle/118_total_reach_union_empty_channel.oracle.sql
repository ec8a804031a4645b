-- COUNT reveals nothing: 1 user from each path that has records
WITH reached AS (
  SELECT user_id FROM dsp_impressions
  UNION
  SELECT user_id FROM sponsored_ads_traffic WHERE impressions > 0
  UNION
  SELECT user_id FROM adserver_traffic
)
SELECT COUNT(user_id) AS deduplicated_reach
FROM reached
HAVING ((SELECT COUNT(*) FROM dsp_impressions) = 0
        OR (SELECT COUNT(DISTINCT user_id) FROM dsp_impressions) >= 1)
   AND ((SELECT COUNT(*) FROM sponsored_ads_traffic WHERE impressions > 0) = 0
        OR (SELECT COUNT(DISTINCT user_id) FROM sponsored_ads_traffic WHERE impressions > 0) >= 1)
   AND ((SELECT COUNT(*) FROM adserver_traffic) = 0
        OR (SELECT COUNT(DISTINCT user_id) FROM adserver_traffic) >= 1)
   AND (SELECT COUNT(*) FROM reached) > 0;
