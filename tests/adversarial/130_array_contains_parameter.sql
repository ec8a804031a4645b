-- attack: ARRAY_CONTAINS(CUSTOM_PARAMETER('watchlist'), user_id): a parameter list of ids
-- expect: literal compared with VERY_HIGH column (array membership against a parameter)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS clicks
FROM dsp_clicks
WHERE ARRAY_CONTAINS(CUSTOM_PARAMETER('watchlist'), user_id)
GROUP BY campaign
