-- AMC105: must not be reported
-- A ranking number is compared with 1; its ORDER BY (request_tag breaks ties) only steers it.
WITH ranked AS (
  SELECT campaign,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY impression_dt, request_tag) AS touch_rank
  FROM dsp_impressions
)
SELECT campaign, COUNT(*) AS first_touches
FROM ranked
WHERE touch_rank = 1
GROUP BY campaign
