-- attack: CTE column list renames user_id to campaign_name; final SELECT reads it back
-- expect: VERY_HIGH in output (through a CTE column list; also: row-level export, one row per user)
-- expect-at: 9:8
WITH per_user (campaign_name, imps) AS (
  SELECT user_id, COUNT(*)
  FROM dsp_impressions
  GROUP BY user_id
)
SELECT campaign_name, imps
FROM per_user
