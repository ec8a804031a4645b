-- AMC104: must not be reported (GROUP BY is an aggregation method)
SELECT campaign, campaign_id_string FROM sponsored_ads_traffic GROUP BY 1, 2
