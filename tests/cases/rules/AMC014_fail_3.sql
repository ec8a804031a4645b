-- AMC014: must be reported
SELECT COUNT(*) AS n FROM dsp_impressions WHERE impression_dt >= BUILT_IN_PARAMETER('WINDOW_START')
