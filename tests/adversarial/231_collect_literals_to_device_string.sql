-- attack: a device id assembled by ARRAY_TO_STRING(COLLECT(part)) over VALUES, compared with device_id
-- mechanism: 2
-- expect-at: 10:7
WITH parts AS (
  SELECT ARRAY_TO_STRING(COLLECT(p), '-') AS dev
  FROM (VALUES ('38400000'), ('8cf0'), ('11bd')) AS v (p)
)
SELECT i.line_item, SUM(i.impressions) AS imps
FROM dsp_impressions i CROSS JOIN parts
WHERE i.device_id LIKE CONCAT(parts.dev, '%')
GROUP BY i.line_item
