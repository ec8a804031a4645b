-- Touches before conversion
-- How many ad interactions (DSP impressions + DSP clicks + sponsored ads clicks)
-- did converting users have before their first purchase, bucketed.

WITH purchase AS (
  SELECT user_id,
         MIN(event_dt_utc) AS first_purchase_dt
  FROM   conversions
  WHERE  event_type_class = 'Conversion'
  GROUP  BY user_id
), interactions AS (
  SELECT user_id, impression_dt_utc AS event_dt_utc, 'imp' AS kind FROM dsp_impressions
  UNION ALL
  SELECT user_id, click_dt_utc, 'click' FROM dsp_clicks
  UNION ALL
  SELECT user_id, event_dt_utc, 'sa_click' FROM sponsored_ads_traffic WHERE clicks > 0
), pre_purchase AS (
  SELECT i.user_id,
         COUNT(*)                                    AS touches,
         SUM(CASE WHEN i.kind = 'imp' THEN 1 END)    AS imps,
         SUM(CASE WHEN i.kind <> 'imp' THEN 1 END)   AS clicks
  FROM   interactions i
  JOIN   purchase p USING (user_id)
  WHERE  i.event_dt_utc <= p.first_purchase_dt
  GROUP  BY i.user_id
)
SELECT CASE
         WHEN touches < 5   THEN 'a) 1-4'
         WHEN touches < 10  THEN 'b) 5-9'
         WHEN touches < 25  THEN 'c) 10-24'
         WHEN touches < 50  THEN 'd) 25-49'
         ELSE                    'e) 50+'
       END                                AS touches_bucket,
       COUNT(user_id)                     AS converters,
       AVG(NVL(imps, 0))                  AS avg_impressions,
       AVG(NVL(clicks, 0))                AS avg_clicks
FROM   pre_purchase
GROUP  BY 1
