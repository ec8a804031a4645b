PRAGMA table_info(dsp_impressions)
