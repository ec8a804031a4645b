/*
  Halo check: impressions of the last 30 days before the window (plus the
  window itself) for users who visited the brand store in the window.
*/
WITH store_visitors AS (
    SELECT DISTINCT user_id
    FROM amazon_brand_store_page_views
    WHERE store_name IS NOT NULL
),
prior_exposure AS (
    SELECT
        user_id,
        SUM(impressions)  AS imps,
        COUNT(DISTINCT campaign_id) AS campaigns
    FROM TABLE( /* 30 days back, 0 days forward */
                EXTEND_TIME_WINDOW(
                    'dsp_impressions',  -- table to read
                    'P30D',             -- lookback
                    'P0D'               -- look-forward
                )
              )
    GROUP BY user_id
)
SELECT
    CASE WHEN p.user_id IS NULL THEN 'not exposed'
         WHEN p.imps < 5       THEN 'exposed 1-4'
         ELSE                       'exposed 5+' END AS exposure_before_visit,
    COUNT(DISTINCT s.user_id)                         AS store_visitors,
    AVG(p.campaigns)                                  AS avg_campaigns_seen
FROM store_visitors s
LEFT JOIN prior_exposure p ON p.user_id = s.user_id
GROUP BY 1
