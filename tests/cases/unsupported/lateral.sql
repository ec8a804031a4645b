SELECT COUNT(*) FROM dsp_impressions i, LATERAL (SELECT i.campaign) x
