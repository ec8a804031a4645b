SELECT COUNT(*) AS n FROM dsp_impressions -- and a comment last
