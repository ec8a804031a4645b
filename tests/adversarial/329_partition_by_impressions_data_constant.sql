-- attack: in dsp_impressions every row is one impression, so impressions = 1 on every row and PARTITION BY impressions is one partition
-- mechanism: 4
-- expect-at: 17:7
-- Was accepted: in dsp_impressions every row is one impression, so
-- impressions = 1 on every row and PARTITION BY impressions is one partition.
-- The DENSE_RANK then numbers users in user_id order; "user_no = 17" keeps
-- one user. A data-level constant no static rule can see as such, but it is
-- the canonical "disguised constant" for this table (also: user_id_type,
-- iso_country_code in a one-country instance).
WITH r AS (
  SELECT campaign, impressions, total_cost,
         DENSE_RANK() OVER (PARTITION BY impressions ORDER BY user_id) AS user_no
  FROM dsp_impressions
)
SELECT campaign, SUM(total_cost) AS cost
FROM r
WHERE user_no = 17
GROUP BY campaign
