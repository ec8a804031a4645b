-- Reach of impressions by CRM loyalty tier (first-party table from --policy).
SELECT c.loyalty_tier, COUNT(DISTINCT i.user_id) AS reach, SUM(c.lifetime_value) AS ltv
FROM dsp_impressions i
JOIN crm_customers c ON c.user_id = i.user_id
GROUP BY c.loyalty_tier
