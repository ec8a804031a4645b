-- Deduplicated reach across channels: UNION (DISTINCT) removes users reached by
-- more than one channel; UNION ALL keeps them. Comparing the two gives the
-- duplication factor.
WITH dsp_users AS (SELECT DISTINCT user_id FROM dsp_impressions),
     sa_users  AS (SELECT DISTINCT user_id FROM sponsored_ads_traffic WHERE impressions > 0),
     ads_users AS (SELECT DISTINCT user_id FROM adserver_traffic),
     dedup AS (
         SELECT user_id FROM dsp_users
         UNION DISTINCT
         SELECT user_id FROM sa_users
         UNION DISTINCT
         SELECT user_id FROM ads_users
     ),
     stacked AS (
         SELECT user_id FROM dsp_users
         UNION ALL
         SELECT user_id FROM sa_users
         UNION ALL
         SELECT user_id FROM ads_users
     )
SELECT 'deduplicated' AS method, COUNT(user_id) AS reach FROM dedup
UNION ALL
SELECT 'sum of channels' AS method, COUNT(user_id) AS reach FROM stacked
