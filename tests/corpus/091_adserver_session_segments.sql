-- Amazon Ad Server: impressions and clicks by behaviour segment of the session.
-- The two tables join on adserver_session_id (VERY_HIGH; fine as a join key,
-- counted only with COUNT DISTINCT).
SELECT
    s.behavior_segment_name,
    t.adserver_site,
    COUNT(DISTINCT t.adserver_session_id) AS sessions,
    COUNT(DISTINCT t.user_id)             AS users,
    SUM(t.impressions)                    AS impressions,
    SUM(t.clicks)                         AS clicks
FROM adserver_traffic t
JOIN adserver_traffic_by_user_segments s
  ON s.adserver_session_id = t.adserver_session_id
GROUP BY s.behavior_segment_name, t.adserver_site
