-- attack: quoted, mixed-case names; PARTITION BY a parameter; rank of "USER_ID" grouped in the final step
-- mechanism: 4
-- expect-at: 11:13
WITH "Ranked" AS (
  SELECT "Campaign" AS c, "Impressions" AS n,
         DENSE_RANK() OVER (PARTITION BY CUSTOM_PARAMETER('p') ORDER BY "User_Id") AS "UserNo"
  FROM "Dsp_Impressions"
)
SELECT c, SUM(n) AS imps
FROM "Ranked"
GROUP BY c, "UserNo"
