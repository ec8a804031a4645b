SELECT DISTINCT ON (campaign) campaign, impression_dt FROM dsp_impressions
