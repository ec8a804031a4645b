-- dsp_impressions is not in a standalone policy.
SELECT COUNT(*) AS n FROM dsp_impressions
