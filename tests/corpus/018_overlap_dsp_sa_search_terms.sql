-- Search terms of users who were also reached by DSP
-- Which customer search terms drive sponsored-products clicks among users
-- already exposed to a DSP campaign, compared to users who were not?
WITH dsp_reached AS (
    SELECT user_id
    FROM dsp_impressions
    GROUP BY user_id
)
SELECT
    t.customer_search_term,
    CASE WHEN d.user_id IS NOT NULL
         THEN 'DSP exposed' ELSE 'not DSP exposed' END AS dsp_exposure,
    SUM(t.clicks)                  AS clicks,
    SUM(t.impressions)             AS impressions,
    SUM(t.spend)                   AS spend,
    COUNT(DISTINCT t.user_id)      AS users
FROM sponsored_ads_traffic t
LEFT JOIN dsp_reached d
       ON d.user_id = t.user_id
WHERE t.ad_product_type = 'sponsored_products'
  AND t.customer_search_term IS NOT NULL
GROUP BY 1, 2
HAVING SUM(t.clicks) > 0
