-- "Your Garage" conquesting: which makes do people reached by the campaign
-- keep in their Amazon garage? Counts garage owners by make and vehicle year
-- band, reached vs. all.
WITH garage AS (
    SELECT DISTINCT
        user_id,
        garage_make,
        CASE
            WHEN CAST(garage_year AS INTEGER) >= 2020 THEN '2020+'
            WHEN CAST(garage_year AS INTEGER) >= 2015 THEN '2015-2019'
            ELSE 'older'
        END AS year_band
    FROM amazon_your_garage
    WHERE vehicle_type = 'Car'
),
reached AS (
    SELECT DISTINCT user_id FROM dsp_impressions
)
SELECT
    g.garage_make,
    g.year_band,
    COUNT(DISTINCT g.user_id) AS garage_owners,
    COUNT(DISTINCT r.user_id) AS reached_owners
FROM garage g
LEFT JOIN reached r ON r.user_id = g.user_id
GROUP BY g.garage_make, g.year_band
