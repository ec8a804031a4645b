-- Time-decay attribution with a 7-day half-life
-- weight = 0.5 ^ (days between touch and purchase / 7), normalised per purchase
-- with SUM(...) OVER so that the weights of one purchase add up to 1.
WITH touches AS (
    SELECT user_id, line_item, impression_dt_utc AS touch_dt
    FROM dsp_impressions
),
purchases AS (
    SELECT conversion_id, user_id, event_dt_utc AS purchase_dt, total_product_sales
    FROM conversions
    WHERE event_type_class = 'Conversion'
),
raw_weights AS (
    SELECT
        p.conversion_id,
        p.total_product_sales,
        t.user_id,
        t.line_item,
        POWER(0.5, SECONDS_BETWEEN(t.touch_dt, p.purchase_dt) / (7.0 * 86400)) AS w
    FROM purchases p
    JOIN touches t
      ON t.user_id = p.user_id
     AND t.touch_dt <= p.purchase_dt
),
normalised AS (
    SELECT
        line_item,
        user_id,
        total_product_sales,
        w / SUM(w) OVER (PARTITION BY conversion_id) AS credit
    FROM raw_weights
)
SELECT
    line_item,
    SUM(credit)                              AS time_decay_purchases,
    SUM(credit * total_product_sales)        AS time_decay_sales,
    COUNT(DISTINCT user_id)                  AS contributing_users
FROM normalised
GROUP BY line_item
