-- AMC105: must be reported. A UNION ALL column holding city_name in one
-- branch and the literal 'N/A' in the other mixes them; GROUP BY compares.
WITH geo AS (
  SELECT user_id, city_name AS city, 'DSP' AS channel FROM dsp_impressions
  UNION ALL
  SELECT user_id, 'N/A' AS city, 'Sponsored ads' AS channel FROM sponsored_ads_traffic
)
SELECT city, channel, COUNT(DISTINCT user_id) AS reach
FROM geo
GROUP BY city, channel
