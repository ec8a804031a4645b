-- attack: audience query returning device_id instead of user_id
-- expect: audience query output other than user_id (device_id)
-- expect-at: 4:8
SELECT device_id
FROM dsp_impressions_for_audiences
