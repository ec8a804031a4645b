-- attack: a CTE named dsp_clicks shadows the real table and exposes user_id as column campaign
-- expect: VERY_HIGH in output (CTE shadowing a table name; also: row-level export grouped by user_id)
-- expect-at: 8:8
WITH dsp_clicks AS (
  SELECT user_id AS campaign, impressions AS clicks
  FROM dsp_impressions
)
SELECT campaign, SUM(clicks) AS clicks
FROM dsp_clicks
GROUP BY campaign
