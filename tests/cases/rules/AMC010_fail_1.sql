-- AMC010: must be reported
SELECT COUNT(*) AS n
FROM dsp_impresions
