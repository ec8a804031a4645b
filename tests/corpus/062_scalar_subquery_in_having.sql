-- Line items whose CPM is above the advertiser-wide average CPM
-- (scalar subquery in HAVING, CAST to DOUBLE for the ratio)
SELECT
    line_item_id,
    line_item,
    SUM(impressions)                                                   AS impressions,
    CAST(SUM(total_cost) AS DOUBLE) / 100000 / SUM(impressions) * 1000 AS cpm
FROM dsp_impressions
GROUP BY line_item_id, line_item
HAVING CAST(SUM(total_cost) AS DOUBLE) / SUM(impressions) >
       (SELECT CAST(SUM(total_cost) AS DOUBLE) / SUM(impressions) FROM dsp_impressions)
