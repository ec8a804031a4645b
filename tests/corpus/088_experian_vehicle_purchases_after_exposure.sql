-- Automotive: vehicle purchases (Experian) by make and new/used, split by
-- whether the buyer had seen the brand's DSP ads before the purchase date.
WITH first_exposure AS (
    SELECT user_id, MIN(impression_date) AS first_imp_date
    FROM dsp_impressions
    GROUP BY user_id
)
SELECT
    v.vehicle_make,
    v.new_or_used,
    v.vehicle_fuel_type,
    COUNT(DISTINCT v.user_id)                                                   AS buyers,
    COUNT(DISTINCT CASE WHEN f.first_imp_date <= v.purchase_date THEN v.user_id END) AS exposed_buyers
FROM experian_vehicle_purchases v
LEFT JOIN first_exposure f ON f.user_id = v.user_id
WHERE v.vehicle_model_year >= 2020
GROUP BY v.vehicle_make, v.new_or_used, v.vehicle_fuel_type
