SELECT d.dma_code,
       d.clickers,
       ROUND(100.0 * d.clickers / t.total, 2) AS pct_of_clickers
FROM (SELECT COUNT(DISTINCT user_id) AS total FROM dsp_clicks) t,
     (SELECT dma_code, COUNT(DISTINCT user_id) AS clickers
      FROM dsp_clicks
      GROUP BY dma_code) d
WHERE t.total >= 2
  AND d.clickers >= 2;
