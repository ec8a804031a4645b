-- AMC103: must be reported
SELECT COUNT(*) AS n FROM (SELECT d.* FROM dsp_clicks d) x
