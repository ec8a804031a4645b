-- 18: FULL OUTER JOIN of morning and afternoon clickers per campaign (the
-- same table twice: two paths). Rows present on one side only are
-- constrained by that side's path only; a row is removed if either side
-- that contributed has fewer than 2 clickers (0 when its clicks have NULL
-- user_id).
-- expect: removes
SELECT COALESCE(am.campaign, pm.campaign) AS campaign,
       am.clickers AS am_clickers,
       pm.clickers AS pm_clickers
FROM (SELECT campaign, COUNT(DISTINCT user_id) AS clickers
      FROM dsp_clicks
      WHERE click_hour < 12
      GROUP BY campaign) am
FULL OUTER JOIN (SELECT campaign, COUNT(DISTINCT user_id) AS clickers
                 FROM dsp_clicks
                 WHERE click_hour >= 12
                 GROUP BY campaign) pm
  ON am.campaign = pm.campaign
