-- attack: a WINDOW clause window partitioned by TRUE, ordered by request_tag; rank 1 picks one event
-- mechanism: 4
-- expect-at: 12:7
WITH r AS (
  SELECT line_item, total_cost,
         ROW_NUMBER() OVER w AS rn
  FROM dsp_impressions
  WINDOW w AS (PARTITION BY TRUE ORDER BY request_tag)
)
SELECT line_item, SUM(total_cost) AS cost
FROM r
WHERE rn = 1
GROUP BY line_item
