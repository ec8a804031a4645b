-- attack: grouping by a running COUNT ordered by user_id gives one result row per user (every user gets a distinct running count)
-- mechanism: 4
-- expect-at: 17:10
-- LEAK (accepted; AMC102 bypass): grouping by a running COUNT ordered by
-- user_id gives one result row per user (every user gets a distinct running
-- count). amcq sees no user_id in the key's value lineage, so the final rows
-- are not "grouped per user". The output columns are NONE-class metrics, so
-- the thresholds need one user per row: each row is one user's impression
-- count and spend.
WITH r AS (
  SELECT impressions, total_cost,
         COUNT(*) OVER (ORDER BY user_id) AS user_key
  FROM dsp_impressions
)
SELECT SUM(impressions) AS imps, SUM(total_cost) AS cost
FROM r
GROUP BY user_key
