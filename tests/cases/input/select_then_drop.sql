SELECT 1 AS one;
DROP TABLE dsp_impressions
