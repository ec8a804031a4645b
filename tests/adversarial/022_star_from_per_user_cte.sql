-- attack: SELECT * over a CTE grouped by user_id: the star expands to user_id
-- expect: VERY_HIGH in output (star expansion; also: row-level export, one row per user)
-- expect-at: 9:8
WITH per_user AS (
  SELECT user_id, COUNT(*) AS imps
  FROM dsp_impressions
  GROUP BY user_id
)
SELECT *
FROM per_user
