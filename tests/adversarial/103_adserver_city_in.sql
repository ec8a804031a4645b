-- attack: Amazon Ad Server HIGH column city IN a one-element list
-- expect: literal compared with HIGH column (city IN list)
-- expect-at: 6:7
SELECT campaign, SUM(impressions) AS imps
FROM adserver_traffic
WHERE city IN ('Smallville')
GROUP BY campaign
