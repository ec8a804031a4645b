-- email hashes are VERY_HIGH in the policy: they never leave.
SELECT c.email_sha256, MAX(c.signup_dt) AS signed_up, COUNT(*) AS n
FROM crm_customers c
WHERE c.email_sha256 = 'ab12'
GROUP BY c.email_sha256
