-- Off-Amazon conversions (Amazon Ads conversion tag / CAPI) by event name,
-- with the average value per conversion. No-break spaces between some tokens
-- come from a query pasted out of a rich-text document.
SELECT conversion_event_name,
       conversion_event_source_name,
       SUM(conversions) AS conversions,
       SUM(off_amazon_conversion_value)              AS conversion_value,
       SUM(off_amazon_conversion_value) / NULLIF(SUM(conversions), 0) AS value_per_conversion,
       COUNT(DISTINCT user_id)                       AS converters
FROM conversions
WHERE event_category = 'website'
GROUP BY conversion_event_name, conversion_event_source_name
