SELECT campaign COLLATE "C" AS c, COUNT(*) FROM dsp_impressions GROUP BY 1
