-- attack: CARDINALITY of a map parsed out of request_tag
-- mechanism: 5
-- expect-at: 5:8
SELECT line_item,
       AVG(CARDINALITY(STR_TO_MAP(request_tag, '-', ':'))) AS keys_n
FROM dsp_impressions
GROUP BY line_item
