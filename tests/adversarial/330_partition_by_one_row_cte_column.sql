-- attack: the partition key is a column of a one-row aggregate CTE cross-joined to every row (the same value everywhere), or equally a scalar subquery such a...
-- mechanism: 4
-- expect-at: 17:7
-- Was accepted: the partition key is a column of a one-row aggregate CTE
-- cross-joined to every row (the same value everywhere), or equally a scalar
-- subquery such as (SELECT MAX(campaign) FROM dsp_clicks). It has column
-- lineage, so amcq takes it for a real partition; the window spans all rows
-- and the rank picks the 5th user in user_id order.
WITH c AS (SELECT MAX(advertiser) AS k FROM dsp_impressions),
r AS (
  SELECT i.campaign, i.impressions,
         DENSE_RANK() OVER (PARTITION BY c.k ORDER BY i.user_id) AS user_no
  FROM dsp_impressions i CROSS JOIN c
)
SELECT campaign, SUM(impressions) AS imps
FROM r
WHERE user_no = 5
GROUP BY campaign
