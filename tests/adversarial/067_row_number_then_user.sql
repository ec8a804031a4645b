-- attack: Amazon's accepted first-touch ROW_NUMBER pattern, but the final SELECT outputs MAX(user_id)
-- expect: VERY_HIGH in output (MAX after a ROW_NUMBER filter)
-- expect-at: 10:8
WITH first_touch AS (
  SELECT user_id, campaign,
         ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY impression_dt) AS rn
  FROM dsp_impressions
)
SELECT campaign,
       MAX(user_id) AS a_first_toucher,
       COUNT(*) AS users
FROM first_touch
WHERE rn = 1
GROUP BY campaign
