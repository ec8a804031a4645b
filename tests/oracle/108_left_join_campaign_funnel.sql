-- 108: reach and buyers by campaign, the buyers LEFT JOINed on campaign (a
-- funnel report). A campaign with buyers needs 2 of them; one without
-- stands on all buyers of every campaign (many): it is kept with its reach.
-- expect: removes
SELECT i.campaign, i.reach, c.buyers
FROM (SELECT campaign, COUNT(DISTINCT user_id) AS reach
      FROM dsp_impressions GROUP BY campaign) i
LEFT JOIN (SELECT campaign, COUNT(DISTINCT user_id) AS buyers
           FROM amazon_attributed_events_by_traffic_time
           WHERE total_purchases > 0
           GROUP BY campaign) c
  ON c.campaign = i.campaign
