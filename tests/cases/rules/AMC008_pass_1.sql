-- AMC008: must not be reported
-- An audience table has its base table's event time, so its window extends.
SELECT user_id
FROM TABLE(EXTEND_TIME_WINDOW('dsp_impressions_for_audiences', 'P7D', 'P0D'))
WHERE campaign_id IS NOT NULL
