-- 72: COUNT(DISTINCT CASE WHEN ... THEN user_id END) per campaign reveals
-- nothing (requirement 2 from campaign): a campaign with a single clicker
-- is removed; the threshold counts all the row's users, not the TV ones.
-- expect: removes
SELECT campaign,
       COUNT(DISTINCT user_id) AS clickers,
       COUNT(DISTINCT CASE WHEN device_type = 'TV' THEN user_id END) AS tv_clickers
FROM dsp_clicks
GROUP BY campaign
