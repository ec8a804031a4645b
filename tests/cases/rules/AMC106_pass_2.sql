-- AMC106: must not be reported
WITH buyers AS (SELECT user_id FROM conversions_for_audiences GROUP BY user_id HAVING COUNT(*) > 1)
SELECT user_id FROM buyers
