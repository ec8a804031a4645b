-- attack: AVG of a literal carried through four CTEs before meeting postal_code
-- mechanism: 2
-- expect-at: 10:7
WITH c1 AS (SELECT AVG(20500) AS v FROM dsp_impressions),
     c2 AS (SELECT v AS w FROM c1),
     c3 AS (SELECT w + 0 AS x FROM c2),
     c4 AS (SELECT CAST(x AS BIGINT) AS zipnum FROM c3)
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i, c4
WHERE CAST(i.postal_code AS BIGINT) = c4.zipnum
GROUP BY i.campaign
