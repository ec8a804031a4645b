-- attack: no aggregation
-- expect: no aggregation (window counts per user are not an aggregation)
-- expect-at: 4:1
SELECT campaign, COUNT(*) OVER (PARTITION BY user_id) AS per_user
FROM dsp_impressions
