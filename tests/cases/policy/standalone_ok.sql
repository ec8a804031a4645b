-- A standalone policy: AMC's functions, only its own tables.
SELECT loyalty_tier, COUNT(DISTINCT user_id) AS users FROM crm_customers GROUP BY 1
