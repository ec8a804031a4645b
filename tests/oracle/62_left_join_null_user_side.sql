-- 62: LEFT JOIN to a subquery over NULL-user clicks only (user_id IS NULL
-- filters are allowed): a campaign with anonymous clicks gets a right side
-- that contributed records but has 0 users, and is removed; a campaign
-- without anonymous clicks has no right-side record, and what that says
-- (none of the right side's rows matched) has the users of all of them
-- behind it: 0, so it is removed too.
-- expect: removes
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
