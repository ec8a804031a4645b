/* 🚀🚀 launch */ SELECT campaign FRM dsp_impressions
