-- 49: MAX(event_dt_utc) (MEDIUM: 100 users) of conversions by new_to_brand,
-- over the whole span and from the second day on (UNION ALL). On the
-- reference fixture the new-to-brand buyers are 101 over the span (kept)
-- and 99 from the second day (removed): both sides of the threshold.
-- expect: removes
SELECT 'all' AS period,
       new_to_brand,
       COUNT(DISTINCT user_id) AS buyers,
       MAX(event_dt_utc) AS last_purchase
FROM conversions
GROUP BY new_to_brand
UNION ALL
SELECT 'from_day_2' AS period,
       new_to_brand,
       COUNT(DISTINCT user_id) AS buyers,
       MAX(event_dt_utc) AS last_purchase
FROM conversions
WHERE event_date_utc >= '2025-06-02'
GROUP BY new_to_brand
