-- 95: a correlated scalar subquery in the select list of a grouped CTE (once
-- per campaign: its TV clicks from 7 pm), then the rows merged by
-- advertiser. Each campaign row gets the subquery's entry (its late TV
-- clickers; 0 users when it has none), and the GROUP BY unions these
-- entries: an advertiser is kept when its campaigns' late TV clickers add up
-- to 2 people, even from campaigns with one each (BRAND_B, Contoso Sports,
-- Northwind Coffee, Tailspin Toys), and removed with a single one (Fabrikam
-- Home), although every advertiser has hundreds of users.
-- expect: removes
WITH per_campaign AS (
  SELECT advertiser,
         campaign,
         COUNT(*) AS imps,
         (SELECT COUNT(*)
          FROM dsp_clicks c
          WHERE c.campaign = i.campaign
            AND c.device_type = 'TV'
            AND c.click_hour >= 19) AS late_tv_clicks
  FROM dsp_impressions i
  GROUP BY advertiser, campaign
)
SELECT advertiser,
       COUNT(*) AS campaigns,
       SUM(imps) AS imps,
       SUM(late_tv_clicks) AS late_tv_clicks
FROM per_campaign
GROUP BY advertiser
