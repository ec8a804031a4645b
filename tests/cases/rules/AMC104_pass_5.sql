-- AMC104: must not be reported (no user-owned table read)
SELECT ROUND(5.55, 1) AS r
