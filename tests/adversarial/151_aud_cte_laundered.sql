-- attack: audience query whose final column user_id is really conversion_id from a CTE
-- expect: audience query output other than user_id (CTE renames conversion_id to user_id)
-- expect-at: 8:8
WITH buyers AS (
  SELECT conversion_id AS user_id
  FROM conversions_all_for_audiences
)
SELECT user_id
FROM buyers
