-- attack: CARDINALITY(REGEXP_SPLIT(user_id, ...)) passed through three CTEs, then summed
-- mechanism: 5
-- expect-at: 7:18
WITH a AS (SELECT campaign, REGEXP_SPLIT(user_id, '[0-9]') AS pieces FROM dsp_impressions),
     b AS (SELECT campaign, CARDINALITY(pieces) AS np FROM a),
     c AS (SELECT campaign, np AS digits_plus_one FROM b)
SELECT campaign, SUM(digits_plus_one) AS s
FROM c
GROUP BY campaign
