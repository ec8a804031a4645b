-- An audience over a first-party table and an audience table: gold-tier
-- customers who saw a campaign (AMC accepts first-party tables in
-- audience queries under their own names).
SELECT c.user_id
FROM crm_customers c
JOIN dsp_impressions_for_audiences i ON i.user_id = c.user_id
WHERE c.loyalty_tier = 'gold'
  AND i.campaign_id = 5883922340901
GROUP BY c.user_id
