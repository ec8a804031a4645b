-- attack: the number of distinct characters of request_tag as an output dimension
-- mechanism: 5
-- expect-at: 8:19
WITH t AS (
  SELECT line_item, CARDINALITY(ARRAY_DISTINCT(REGEXP_SPLIT(request_tag, ''))) AS distinct_chars
  FROM dsp_impressions
)
SELECT line_item, distinct_chars, COUNT(*) AS imps
FROM t
GROUP BY line_item, distinct_chars
