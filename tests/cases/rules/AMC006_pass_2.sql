-- AMC006: must not be reported
SELECT COUNT(*) AS n FROM dsp_impressions WHERE campaign <> ';'
