CREATE TABLE t AS SELECT campaign FROM dsp_impressions
