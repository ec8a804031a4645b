SELECT dma_code, clicks, click_rank
FROM (SELECT dma_code,
             COUNT(*) AS clicks,
             DENSE_RANK() OVER (ORDER BY COUNT(*) DESC) AS click_rank,
             COUNT(DISTINCT user_id) AS u_
      FROM dsp_clicks
      GROUP BY dma_code)
WHERE u_ >= 2;
