-- NCS CPG purchases by week for households reached by DSP, against all
-- households: exposed share of CPG sales.
WITH exposed AS (
    SELECT user_id FROM dsp_impressions GROUP BY user_id
)
SELECT
    n.week_end_dt,
    SUM(n.purchase_dollar_amount) AS all_sales,
    SUM(CASE WHEN e.user_id IS NOT NULL THEN n.purchase_dollar_amount ELSE 0 END) AS exposed_sales,
    COUNT(DISTINCT n.user_id) AS purchasers
FROM ncs_cpg_insights_stream n
LEFT JOIN exposed e ON e.user_id = n.user_id
GROUP BY n.week_end_dt
