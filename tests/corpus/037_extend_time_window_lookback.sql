-- Conversions in the window, with impressions from 14 days before it
-- TABLE(EXTEND_TIME_WINDOW(...)) widens the dsp_impressions read to 14 days
-- before and 1 day after the execution time window, so purchases early in the
-- window can still be matched to the impressions that preceded them.
WITH impressions_extended AS (
    SELECT
        user_id,
        campaign,
        MIN(impression_dt_utc) AS first_imp_dt
    FROM TABLE(EXTEND_TIME_WINDOW('dsp_impressions', 'P14D', 'P1D'))
    GROUP BY user_id, campaign
),
purchases AS (
    SELECT user_id, MIN(event_dt_utc) AS purchase_dt, SUM(total_product_sales) AS sales
    FROM conversions
    WHERE event_type_class = 'Conversion'
    GROUP BY user_id
)
SELECT
    i.campaign,
    COUNT(DISTINCT i.user_id) AS exposed_purchasers,
    SUM(p.sales)              AS sales
FROM impressions_extended i
JOIN purchases p
  ON p.user_id = i.user_id
 AND i.first_imp_dt <= p.purchase_dt
GROUP BY i.campaign;
