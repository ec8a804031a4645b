-- Dayparts in the shopper's local time (Europe/Berlin for a DE campaign).
-- Tageszeiten: Morgen / Mittag / Abend / Nacht — labels are German on purpose
-- because the report goes to the München team. ☕🌙
WITH local_events AS (
    SELECT
        user_id,
        CONVERT_TIME_ZONE_FROM_UTC(event_dt_utc, 'Europe/Berlin') AS local_dt,
        total_product_sales
    FROM conversions
    WHERE marketplace_name = 'AMAZON.DE'
      AND event_type_class = 'Conversion'
)
SELECT
    CASE
        WHEN HOUR(local_dt) BETWEEN 6 AND 10  THEN '1 Morgen ☀️'
        WHEN HOUR(local_dt) BETWEEN 11 AND 16 THEN '2 Mittag'
        WHEN HOUR(local_dt) BETWEEN 17 AND 22 THEN '3 Abend'
        ELSE '4 Nacht 🌙'
    END AS tageszeit,
    COUNT(DISTINCT user_id)  AS kaeufer,
    SUM(total_product_sales) AS umsatz
FROM local_events
GROUP BY 1;
