-- copy rows
INSERT INTO my_table SELECT * FROM dsp_impressions
