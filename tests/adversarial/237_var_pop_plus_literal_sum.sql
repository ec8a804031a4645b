-- attack: VAR_POP and SUM of literal rows combined into the ZIP number
-- mechanism: 2
-- expect-at: 8:11
WITH k (a) AS (VALUES (5000), (5000)),
     z AS (SELECT SUM(a) + VAR_POP(a) AS zip_num FROM k)
SELECT d.campaign, COUNT(DISTINCT d.user_id) AS reach
FROM dsp_impressions d
JOIN z ON z.zip_num = CAST(d.postal_code AS BIGINT)
GROUP BY d.campaign
