-- entries of a campaign row: the dsp_impressions path (the campaign's
-- users), the dsp_clicks path (its TV clickers, only when matched), and the
-- row number's frame on each path (the advertiser's campaigns up to this
-- one: their impression users; the TV clickers of the matched ones, no
-- constraint when none matched); campaign is LOW: 2 users from each
WITH imp AS MATERIALIZED (
  SELECT DISTINCT advertiser, campaign, user_id FROM dsp_impressions
),
tv AS MATERIALIZED (
  SELECT DISTINCT campaign, user_id FROM dsp_clicks WHERE device_type = 'TV'
),
i AS (
  SELECT advertiser, campaign, COUNT(DISTINCT user_id) AS reach
  FROM dsp_impressions
  GROUP BY advertiser, campaign
),
c AS (
  SELECT campaign, COUNT(DISTINCT user_id) AS tv_clickers
  FROM dsp_clicks
  WHERE device_type = 'TV'
  GROUP BY campaign
),
j AS MATERIALIZED (
  SELECT i.advertiser,
         i.campaign,
         i.reach,
         c.tv_clickers,
         ROW_NUMBER() OVER (PARTITION BY i.advertiser ORDER BY i.campaign) AS campaign_no,
         c.campaign AS matched
  FROM i LEFT JOIN c ON i.campaign = c.campaign
)
SELECT j.advertiser, j.campaign, j.reach, j.tv_clickers, j.campaign_no
FROM j
WHERE (SELECT COUNT(DISTINCT d.user_id) FROM imp d
       WHERE d.advertiser IS j.advertiser AND d.campaign IS j.campaign) >= 2
  AND (j.matched IS NULL
       OR (SELECT COUNT(DISTINCT k.user_id) FROM tv k
           WHERE k.campaign = j.campaign) >= 2)
  AND (SELECT COUNT(DISTINCT d.user_id)
       FROM j f JOIN imp d ON d.advertiser IS f.advertiser AND d.campaign IS f.campaign
       WHERE f.advertiser IS j.advertiser AND f.campaign <= j.campaign) >= 2
  AND (NOT EXISTS (SELECT 1 FROM j f
                   WHERE f.advertiser IS j.advertiser AND f.campaign <= j.campaign
                     AND f.matched IS NOT NULL)
       OR (SELECT COUNT(DISTINCT k.user_id)
           FROM j f JOIN tv k ON k.campaign = f.matched
           WHERE f.advertiser IS j.advertiser AND f.campaign <= j.campaign) >= 2);
