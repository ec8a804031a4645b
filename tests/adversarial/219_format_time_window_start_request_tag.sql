-- attack: request_tag bounded below by FORMAT of BUILT_IN_PARAMETER('TIME_WINDOW_START')
-- mechanism: 1
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS impressions_n
FROM dsp_impressions
WHERE request_tag >= FORMAT('%s', BUILT_IN_PARAMETER('TIME_WINDOW_START'))
GROUP BY campaign
