-- attack: EXPLODE of a split user_id in FROM, rows counted per piece value
-- mechanism: 5
-- expect-at: 7:8
WITH u AS (
  SELECT campaign, REGEXP_SPLIT(user_id, '') AS chars FROM dsp_impressions
)
SELECT x.ch, COUNT(*) AS n
FROM u, EXPLODE(u.chars) AS x (ch)
GROUP BY x.ch
