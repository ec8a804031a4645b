-- attack: REPLACE strips dashes from user_id
-- expect: VERY_HIGH in output (REPLACE)
-- expect-at: 5:8
SELECT advertiser,
       MAX(REPLACE(user_id, '-', '')) AS compact_id
FROM dsp_clicks
GROUP BY advertiser
