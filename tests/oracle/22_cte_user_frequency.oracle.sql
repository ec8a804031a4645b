-- f.user_id is the user of every record of its group (NULL for the NULL
-- group), so the row's users are COUNT(DISTINCT f.user_id).
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
HAVING COUNT(DISTINCT user_id) >= 2;
