-- 17: LEFT JOIN of two aggregated subqueries on campaign. The right side
-- (TV clicks) has no row for some campaigns: those rows are kept (a path that
-- contributed no record does not constrain the row); campaigns with a single
-- TV clicker are removed although their impression reach is large.
-- expect: removes
SELECT i.campaign,
       i.reach,
       c.tv_clickers
FROM (SELECT campaign, COUNT(DISTINCT user_id) AS reach
      FROM dsp_impressions
      GROUP BY campaign) i
LEFT JOIN (SELECT campaign, COUNT(DISTINCT user_id) AS tv_clickers
           FROM dsp_clicks
           WHERE device_type = 'TV'
           GROUP BY campaign) c
  ON i.campaign = c.campaign
