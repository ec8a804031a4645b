-- attack: SELECT * from an event table
-- expect: SELECT * from table (also: VERY_HIGH in output, no aggregation)
-- expect-at: 4:8
SELECT *
FROM dsp_impressions
