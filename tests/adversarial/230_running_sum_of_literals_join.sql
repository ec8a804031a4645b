-- attack: a running SUM over literal rows yields 10001 on the last row; joined to the cast ZIP
-- mechanism: 2
-- expect-at: 8:13
WITH steps (n) AS (VALUES (10000), (1)),
     cum AS (SELECT SUM(n) OVER (ORDER BY n DESC ROWS UNBOUNDED PRECEDING) AS zip_num FROM steps)
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
JOIN cum ON CAST(i.postal_code AS BIGINT) = cum.zip_num
GROUP BY i.campaign
