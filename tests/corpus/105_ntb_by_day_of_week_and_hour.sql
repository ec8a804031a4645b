-- New-to-brand purchases by weekday and hour of the conversion (UTC), from
-- attributed events; DAYOFWEEK and conversion_event_hour_utc.
SELECT
    DAYOFWEEK(conversion_event_dt_utc)                 AS weekday,   -- 1 = Sunday
    conversion_event_hour_utc                          AS hour_utc,
    SUM(new_to_brand_purchases)                        AS ntb_purchases,
    SUM(purchases)                                     AS purchases,
    SUM(new_to_brand_purchases) * 1.0 / NULLIF(SUM(purchases), 0) AS ntb_rate
FROM amazon_attributed_events_by_conversion_time
GROUP BY DAYOFWEEK(conversion_event_dt_utc), conversion_event_hour_utc
