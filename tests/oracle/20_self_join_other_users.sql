-- 20: self-join of dsp_clicks on a non-user key (the hour): path a is the
-- row's own clicks, path b the clicks of other campaigns in the same hours,
-- by other people. A row is removed when either path has fewer than 2
-- users; rows where a has 2+ clickers but b only 1 exercise path b.
-- expect: removes
SELECT a.campaign,
       COUNT(DISTINCT a.user_id) AS clickers,
       COUNT(DISTINCT b.campaign) AS other_campaigns
FROM dsp_clicks a
JOIN dsp_clicks b
  ON a.click_dt_hour = b.click_dt_hour
 AND a.campaign <> b.campaign
GROUP BY a.campaign
