-- 24: a CTE aggregated by (dma_code, device_type) referenced twice and joined
-- on dma_code: path t holds the DMA's TV viewers, path p its phone users.
-- The row is removed when t has a single user, however many p has.
-- expect: removes
WITH d AS (
  SELECT dma_code, device_type, COUNT(DISTINCT user_id) AS users
  FROM dsp_impressions
  GROUP BY dma_code, device_type
)
SELECT t.dma_code,
       t.users AS tv_users,
       p.users AS phone_users
FROM d t
JOIN d p
  ON t.dma_code = p.dma_code
WHERE t.device_type = 'TV'
  AND p.device_type = 'Phone'
