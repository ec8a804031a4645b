-- A long-format KPI table: each UNION ALL branch is its own aggregate, the
-- result has one row per (metric, channel).
SELECT 'reach'       AS metric, 'dsp' AS channel, CAST(COUNT(DISTINCT user_id) AS DOUBLE) AS value FROM dsp_impressions
UNION ALL
SELECT 'reach',                 'sponsored_ads',  CAST(COUNT(DISTINCT user_id) AS DOUBLE)          FROM sponsored_ads_traffic
UNION ALL
SELECT 'impressions',           'dsp',            CAST(SUM(impressions) AS DOUBLE)                 FROM dsp_impressions
UNION ALL
SELECT 'impressions',           'sponsored_ads',  CAST(SUM(impressions) AS DOUBLE)                 FROM sponsored_ads_traffic
UNION ALL
SELECT 'clicks',                'dsp',            CAST(SUM(clicks) AS DOUBLE)                      FROM dsp_clicks
UNION ALL
SELECT 'clicks',                'sponsored_ads',  CAST(SUM(clicks) AS DOUBLE)                      FROM sponsored_ads_traffic
UNION ALL
SELECT 'spend',                 'dsp',            SUM(total_cost) / 100000.0                       FROM dsp_impressions
UNION ALL
SELECT 'spend',                 'sponsored_ads',  SUM(spend) / 100000000.0                         FROM sponsored_ads_traffic
UNION ALL
SELECT 'purchases',             'all',            CAST(SUM(conversions) AS DOUBLE)                 FROM conversions WHERE event_type_class = 'Conversion';
