-- attack: a running SUM ordered by the squared distance to a ZIP: the first rows are the target ZIP's
-- mechanism: 3
-- expect-at: 7:43
WITH d AS (
  SELECT campaign, user_id,
         SUM(impressions) OVER (PARTITION BY campaign
                                ORDER BY (CAST(postal_code AS BIGINT) - 10001) * (CAST(postal_code AS BIGINT) - 10001)
                                ROWS UNBOUNDED PRECEDING) AS running
  FROM dsp_impressions
)
SELECT campaign, COUNT(DISTINCT user_id) AS near_reach
FROM d
WHERE running <= 50
GROUP BY campaign
