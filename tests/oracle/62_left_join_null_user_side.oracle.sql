SELECT i.campaign,
       i.reach,
       a.anonymous_clicks
FROM (SELECT campaign, COUNT(DISTINCT user_id) AS reach
      FROM dsp_impressions
      GROUP BY campaign) i
LEFT JOIN (SELECT campaign, COUNT(*) AS anonymous_clicks
           FROM dsp_clicks
           WHERE user_id IS NULL
           GROUP BY campaign) a
  ON i.campaign = a.campaign
WHERE i.reach >= 2
  AND a.campaign IS NULL
  -- a row the right side left out: the users of all of its rows
  AND (SELECT COUNT(DISTINCT user_id) FROM dsp_clicks WHERE user_id IS NULL) >= 2;
