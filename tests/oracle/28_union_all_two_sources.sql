-- 28: UNION ALL of two sources grouped by dma_code: clicks and TV
-- impressions. A row of the left arm has only the dsp_clicks path, a row of
-- the right arm only the dsp_impressions path; each arm's single-user DMAs
-- (and NULL DMAs) are removed independently.
-- expect: removes
SELECT 'click' AS source,
       dma_code,
       COUNT(*) AS n
FROM dsp_clicks
GROUP BY dma_code
UNION ALL
SELECT 'tv_impression',
       dma_code,
       COUNT(*)
FROM dsp_impressions
WHERE device_type = 'TV'
GROUP BY dma_code
