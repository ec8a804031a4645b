WITH r AS (
  SELECT dma_code,
         campaign,
         COUNT(*) AS clicks,
         RANK() OVER (PARTITION BY dma_code ORDER BY COUNT(*) DESC) AS rk,
         COUNT(DISTINCT user_id) AS u_
  FROM dsp_clicks
  GROUP BY dma_code, campaign
)
SELECT dma_code,
       campaign,
       clicks
FROM r
WHERE rk = 1
  AND u_ >= 2;
