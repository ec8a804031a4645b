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
HAVING COUNT(DISTINCT user_id) >= 2;
