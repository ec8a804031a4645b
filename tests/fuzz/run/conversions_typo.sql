-- Conversions by tracked item, with a mistake.
SELECT
  tracked_item,
  COUNT(DISTINCT user_id) AS converters,
  SUM(conversions) AS conversions,
FROM conversions
GROUP BY tracked_item
