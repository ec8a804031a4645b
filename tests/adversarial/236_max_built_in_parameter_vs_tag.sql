-- attack: MAX(BUILT_IN_PARAMETER('TIME_WINDOW_END')) cast to a string bounds request_tag
-- mechanism: 2
-- expect-at: 9:7
WITH w AS (
  SELECT CAST(MAX(BUILT_IN_PARAMETER('TIME_WINDOW_END')) AS VARCHAR) AS edge FROM dsp_clicks
)
SELECT c.campaign, COUNT(*) AS clicks_n
FROM dsp_clicks c CROSS JOIN w
WHERE c.request_tag < w.edge
GROUP BY c.campaign
