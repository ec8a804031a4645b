-- a comment first
SELECT COUNT(*) AS n FROM dsp_impressions
