-- The campaigns of the instance with their ids: GROUP BY alone is the
-- aggregation (Amazon's notebook shows its result).
SELECT campaign, campaign_id_string
FROM sponsored_ads_traffic
GROUP BY 1, 2
