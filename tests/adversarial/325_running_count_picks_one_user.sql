-- attack: a running COUNT ordered by user_id is an unpartitioned rank in disguise
-- mechanism: 4
-- expect-at: 19:7
-- Was accepted: a running COUNT ordered by user_id is an unpartitioned
-- rank in disguise. amcq gives window aggregates the lineage of their
-- argument only (COUNT: none), never of the window's ORDER BY, so
-- "n_before = 17" is a literal compared with a value that numbers users in
-- user_id order: it keeps exactly the 17th user (RANGE frame: all rows of
-- that user share the count). ROW_NUMBER() OVER (PARTITION BY 'x' ORDER BY
-- user_id) = 17 is rejected; this equivalent is not. SUM(1) OVER (...) and
-- SUM(impressions) OVER (ORDER BY user_id ROWS UNBOUNDED PRECEDING) work too.
WITH r AS (
  SELECT campaign, impressions, total_cost,
         COUNT(*) OVER (ORDER BY user_id) AS n_before
  FROM dsp_impressions
)
SELECT campaign, SUM(impressions) AS imps, SUM(total_cost) AS cost
FROM r
WHERE n_before = 17
GROUP BY campaign
