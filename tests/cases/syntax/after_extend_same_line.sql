SELECT COUNT(*) FROM TABLE(extend_time_window('dsp_clicks','P1D','P1D')) c WHERE c.x = = 1
