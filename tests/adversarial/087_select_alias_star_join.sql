-- attack: i.* of one side of a join plus a column of the other
-- expect: SELECT * from table (alias.* over a table; also: VERY_HIGH in output, no aggregation)
-- expect-at: 4:8
SELECT i.*, c.click_cost
FROM dsp_impressions i
JOIN dsp_clicks c ON i.request_tag = c.request_tag
