-- attack: user_id hidden in CONCAT with a prefix
-- expect: VERY_HIGH in output (CONCAT)
-- expect-at: 5:8
SELECT campaign,
       MAX(CONCAT('uid:', user_id)) AS tagged
FROM dsp_impressions
GROUP BY campaign
