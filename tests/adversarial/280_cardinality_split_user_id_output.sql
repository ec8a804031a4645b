-- attack: CARDINALITY(REGEXP_SPLIT(user_id, 'a')) - 1 counts a character of each user id; output per campaign
-- mechanism: 5
-- expect-at: 5:8
SELECT campaign,
       MAX(CARDINALITY(REGEXP_SPLIT(user_id, 'a'))) AS most_as
FROM dsp_impressions
GROUP BY campaign
