/* Array parameter cast with Spark's ARRAY<...> type syntax. */
SELECT
  advertiser,
  COUNT(DISTINCT user_id) AS reach
FROM dsp_clicks
WHERE ARRAY_CONTAINS(CAST(CUSTOM_PARAMETER('line_items') AS ARRAY<LONG>), line_item_id)
GROUP BY advertiser;
