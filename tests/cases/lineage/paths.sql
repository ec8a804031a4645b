-- User-owned paths: every occurrence of a user-owned table, with each
-- reference to a CTE counted on its own (AMC counts users per path).
WITH clickers AS (
  SELECT user_id, campaign FROM dsp_clicks
)
SELECT a.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM clickers a
JOIN clickers b ON a.user_id = b.user_id AND a.campaign <> b.campaign
JOIN dsp_impressions i ON i.user_id = a.user_id
GROUP BY a.campaign
