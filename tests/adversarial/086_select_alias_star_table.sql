-- attack: SELECT d.* from a table through its alias
-- expect: SELECT * from table (alias.*; also: VERY_HIGH in output, no aggregation)
-- expect-at: 4:8
SELECT d.*
FROM dsp_clicks d
