-- Prime Video Channel subscription starts by benefit, with the share started
-- on a promotion and the share of starters exposed to DSP first.
WITH starts AS (
    SELECT
        pv_benefit_name,
        pv_subscription_name,
        user_id,
        MAX(IF(pv_is_promo, 1, 0)) AS on_promo,
        MIN(pv_start_date)         AS start_date
    FROM amazon_pvc_enrollments
    WHERE pv_is_plan_start = TRUE
    GROUP BY pv_benefit_name, pv_subscription_name, user_id
),
exposed AS (
    SELECT user_id, MIN(impression_date) AS first_imp_date
    FROM dsp_impressions
    GROUP BY user_id
)
SELECT
    s.pv_benefit_name,
    s.pv_subscription_name,
    COUNT(*)                                                AS starts,
    SUM(s.on_promo) * 1.0 / COUNT(*)                        AS promo_share,
    SUM(CASE WHEN e.first_imp_date <= s.start_date THEN 1 ELSE 0 END) AS starts_after_dsp_exposure
FROM starts s
LEFT JOIN exposed e ON e.user_id = s.user_id
GROUP BY s.pv_benefit_name, s.pv_subscription_name
