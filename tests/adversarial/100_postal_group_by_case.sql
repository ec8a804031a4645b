-- attack: GROUP BY CASE WHEN postal_code = literal: one row is the target postal code
-- expect: literal compared with HIGH column (group-by key)
-- expect-at: 6:20
SELECT COUNT(DISTINCT user_id) AS reach, SUM(total_cost) AS cost
FROM dsp_impressions
GROUP BY CASE WHEN postal_code = '10001' THEN 1 ELSE 0 END
