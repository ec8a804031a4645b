-- matched: the campaign's buyers; unmatched: every buyer of the right side
SELECT i.campaign, i.reach, c.buyers
FROM (SELECT campaign, COUNT(DISTINCT user_id) AS reach
      FROM dsp_impressions GROUP BY campaign) i
LEFT JOIN (SELECT campaign, COUNT(DISTINCT user_id) AS buyers
           FROM amazon_attributed_events_by_traffic_time
           WHERE total_purchases > 0
           GROUP BY campaign) c
  ON c.campaign = i.campaign
WHERE i.reach >= 2
  AND ((c.campaign IS NOT NULL AND c.buyers >= 2)
       OR (c.campaign IS NULL AND
           (SELECT COUNT(DISTINCT user_id) FROM amazon_attributed_events_by_traffic_time
            WHERE total_purchases > 0) >= 2));
