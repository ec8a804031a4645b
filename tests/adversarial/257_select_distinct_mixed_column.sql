-- attack: SELECT DISTINCT over a COALESCE(city_name, 'Boise') column merges NULL rows with Boise
-- mechanism: 3
-- expect-at: 5:19
WITH d AS (
  SELECT DISTINCT COALESCE(city_name, 'Boise') AS city, user_id
  FROM dsp_impressions
)
SELECT COUNT(*) AS pairs
FROM d
