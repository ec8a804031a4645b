-- AMC106: must not be reported
SELECT user_id FROM dsp_impressions_for_audiences WHERE campaign = 'BRAND_A'
