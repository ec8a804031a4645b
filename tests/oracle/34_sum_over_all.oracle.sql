-- every row's users = all clickers
SELECT dma_code, clicks, total_clicks
FROM (SELECT dma_code,
             COUNT(*) AS clicks,
             SUM(COUNT(*)) OVER () AS total_clicks
      FROM dsp_clicks
      GROUP BY dma_code)
WHERE (SELECT COUNT(DISTINCT user_id) FROM dsp_clicks) >= 2;
