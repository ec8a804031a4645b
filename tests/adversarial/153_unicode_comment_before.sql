-- attack: multi-byte characters in a comment before device_id shift byte offsets
-- expect: VERY_HIGH in output
-- expect-at: 4:37
SELECT /* café ☕ naïve — ünïcödé */ MAX(device_id) AS d, COUNT(*) AS imps
FROM dsp_impressions
