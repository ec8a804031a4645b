-- attack: CARDINALITY of a REGEXP_SPLIT of ARRAY_TO_STRING(COLLECT(user_id)): not a COLLECT set any more
-- mechanism: 5
-- expect-at: 5:8
SELECT campaign,
       CARDINALITY(REGEXP_SPLIT(ARRAY_TO_STRING(COLLECT(DISTINCT user_id), ','), '1')) AS ones_plus_one
FROM dsp_impressions
GROUP BY campaign
