-- attack: VERY_HIGH in output
-- expect: VERY_HIGH in output (EXPLODE of COLLECT(user_id) in FROM)
-- expect-at: 5:8
WITH c AS (SELECT campaign, COLLECT(user_id) AS users FROM dsp_impressions GROUP BY campaign)
SELECT x.u, COUNT(*) AS n
FROM c, EXPLODE(c.users) AS x (u)
GROUP BY x.u
