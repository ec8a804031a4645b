-- attack: REGEXP_REPLACE strips a chosen request_tag prefix; the shortened rows are summed
-- mechanism: 3
-- expect-at: 5:41
SELECT line_item,
       SUM(LENGTH(request_tag) - LENGTH(REGEXP_REPLACE(request_tag, '^5f3a', ''))) AS probe
FROM dsp_impressions
GROUP BY line_item
