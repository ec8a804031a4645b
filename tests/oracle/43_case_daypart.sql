-- 43: a CASE expression of a LOW column (click_hour) as a group key, with
-- campaign: requirement 2; many (campaign, daypart) rows have one clicker.
-- expect: removes
SELECT campaign,
       CASE WHEN click_hour < 6 THEN 'night'
            WHEN click_hour < 12 THEN 'morning'
            WHEN click_hour < 18 THEN 'afternoon'
            ELSE 'evening' END AS daypart,
       COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY campaign,
         CASE WHEN click_hour < 6 THEN 'night'
              WHEN click_hour < 12 THEN 'morning'
              WHEN click_hour < 18 THEN 'afternoon'
              ELSE 'evening' END
