-- attack: ARRAY_SORT does not make a REGEXP_SPLIT a COLLECT set: its CARDINALITY still reveals user_id
-- mechanism: 5
-- expect-at: 5:8
SELECT campaign,
       MAX(CARDINALITY(ARRAY_SORT(REGEXP_SPLIT(user_id, 'z')))) AS zs
FROM dsp_impressions
GROUP BY campaign
