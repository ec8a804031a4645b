-- attack: TRUNC of zip / 10001 through three CTEs: 1 exactly from 10001 to 20001
-- mechanism: 3
-- expect-at: 6:38
WITH a AS (SELECT campaign, user_id, CAST(postal_code AS DOUBLE) AS z FROM dsp_impressions),
     b AS (SELECT campaign, user_id, z / 10001 AS ratio FROM a),
     c AS (SELECT campaign, user_id, TRUNC(ratio) AS band FROM b)
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM c
GROUP BY campaign
