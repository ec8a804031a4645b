-- Sponsored Products / Brands / Display overlap
-- One flag per ad product per user, then every combination of flags.
WITH flags AS (
    SELECT
        user_id,
        MAX(IF(ad_product_type = 'sponsored_products', 1, 0)) AS sp,
        MAX(IF(ad_product_type = 'sponsored_brands', 1, 0))   AS sb,
        MAX(IF(ad_product_type = 'sponsored_display', 1, 0))  AS sd,
        SUM(clicks)                                           AS clicks
    FROM sponsored_ads_traffic
    GROUP BY user_id
)
SELECT
    sp, sb, sd,
    CONCAT(IF(sp = 1, 'SP ', ''), IF(sb = 1, 'SB ', ''), IF(sd = 1, 'SD', '')) AS combination,
    COUNT(user_id) AS users,
    SUM(clicks)    AS clicks
FROM flags
GROUP BY sp, sb, sd
