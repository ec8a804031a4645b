-- A first-party table alone: an audience query when --audience says so.
SELECT user_id
FROM crm_customers
WHERE loyalty_tier = 'gold'
