-- attack: HAVING on MAX of a constant-partition rank of request_tag: the group holding event 1
-- mechanism: 4
-- expect-at: 12:8
WITH r AS (
  SELECT creative, impressions,
         ROW_NUMBER() OVER (PARTITION BY 'x' ORDER BY request_tag) AS rn
  FROM dsp_impressions
)
SELECT creative, SUM(impressions) AS imps
FROM r
GROUP BY creative
HAVING MIN(rn) = 1
