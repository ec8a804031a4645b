-- AMC010: must be reported
SELECT COUNT(*) AS n FROM TABLE(EXTEND_TIME_WINDOW('dsp_impresions', 'P1D', 'P1D'))
