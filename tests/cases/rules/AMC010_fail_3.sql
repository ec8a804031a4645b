-- AMC010: must be reported
SELECT COUNT(*) AS n FROM amc.dsp_impressions
