-- Extended-window DSP impressions unioned with in-window sponsored ads
-- impressions: how many exposures does a converter accumulate in total?
WITH exposures AS (
    SELECT user_id, impressions, 'dsp' AS src
    FROM TABLE (EXTEND_TIME_WINDOW ('dsp_impressions', 'P14D', 'P0D'))
    UNION ALL
    SELECT user_id, impressions, 'sa' AS src
    FROM sponsored_ads_traffic
),
per_user AS (
    SELECT
        user_id,
        SUM(IF(src = 'dsp', impressions, 0)) AS dsp_imps,
        SUM(IF(src = 'sa',  impressions, 0)) AS sa_imps
    FROM exposures
    GROUP BY user_id
)
SELECT
    CASE WHEN c.user_id IS NULL THEN 'non-converter' ELSE 'converter' END AS segment,
    COUNT(*)                AS users,
    AVG(u.dsp_imps)         AS avg_dsp_imps,
    AVG(u.sa_imps)          AS avg_sa_imps,
    MEDIAN(u.dsp_imps + u.sa_imps) AS median_total_imps
FROM per_user u
LEFT JOIN (SELECT DISTINCT user_id FROM conversions WHERE event_type_class = 'Conversion') c
       ON c.user_id = u.user_id
GROUP BY 1;
