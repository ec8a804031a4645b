-- attack: CARDINALITY(FLATTEN(ARRAY[REGEXP_SPLIT(...), ...])) of two identifiers' pieces
-- mechanism: 5
-- expect-at: 5:8
SELECT campaign,
       MIN(CARDINALITY(FLATTEN(ARRAY[REGEXP_SPLIT(user_id, '-'), REGEXP_SPLIT(device_id, '-')]))) AS parts
FROM dsp_impressions
GROUP BY campaign
