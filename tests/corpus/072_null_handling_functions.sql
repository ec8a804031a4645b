-- NULL handling: COALESCE, NVL, NVL2, IFNULL, IF and NULLIF side by side.
-- Deal vs. open-market delivery per supply source.
SELECT
    COALESCE(supply_source, 'UNKNOWN')                       AS supply_source,
    NVL2(deal_id, 'deal', 'open market')                     AS buy_type,
    IFNULL(deal_name, '(no deal)')                           AS deal_name,
    IF(is_amazon_owned, 'Amazon O&O', 'Third party')         AS ownership,
    SUM(impressions)                                         AS impressions,
    SUM(NVL(third_party_fees, 0)) / 100000                   AS third_party_fees,
    SUM(total_cost) / NULLIF(SUM(impressions), 0) * 1000 / 100000 AS ecpm
FROM dsp_impressions
GROUP BY 1, 2, 3, 4
