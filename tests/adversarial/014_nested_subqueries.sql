-- attack: request_tag renamed twice through nested FROM subqueries
-- expect: VERY_HIGH in output (through nested subqueries)
-- expect-at: 5:8
SELECT line_item,
       MAX(tag2) AS tag
FROM (
  SELECT line_item, tag1 AS tag2
  FROM (
    SELECT line_item, request_tag AS tag1
    FROM dsp_impressions
  ) inner_q
) outer_q
GROUP BY line_item
