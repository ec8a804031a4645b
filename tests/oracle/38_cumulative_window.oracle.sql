-- rk: the row's position in the window order (keys unique: no peers);
-- first_rk: the first position at which each user appears; the users of
-- row rk are those with first_rk <= rk.
WITH g AS (
  SELECT postal_code,
         COUNT(DISTINCT user_id) AS reach,
         SUM(COUNT(DISTINCT user_id)) OVER (ORDER BY COUNT(DISTINCT user_id), postal_code) AS cumulative_reach,
         ROW_NUMBER() OVER (ORDER BY COUNT(DISTINCT user_id), postal_code) AS rk
  FROM dsp_impressions
  GROUP BY postal_code
),
um AS (
  SELECT i.user_id, MIN(g.rk) AS first_rk
  FROM dsp_impressions i
  JOIN g ON i.postal_code IS g.postal_code
  WHERE i.user_id IS NOT NULL
  GROUP BY i.user_id
)
SELECT postal_code, reach, cumulative_reach
FROM g
WHERE (SELECT COUNT(*) FROM um WHERE um.first_rk <= g.rk) >= 100;
