-- attack: SELECT * from TABLE(EXTEND_TIME_WINDOW(...))
-- expect: SELECT * from table (EXTEND_TIME_WINDOW source; also: VERY_HIGH in output, no aggregation)
-- expect-at: 4:8
SELECT *
FROM TABLE(EXTEND_TIME_WINDOW('dsp_impressions', 'P14D', 'P1D'))
