-- entries of a postal code row: the dsp_impressions path (the postal code's
-- users) and the window COUNT(*) OVER () on that path (each record's frame
-- is every record; their union over the group: every user); postal_code is
-- HIGH: 100 users from each
WITH own AS (
  SELECT postal_code, COUNT(*) AS n, SUM(impressions) AS imps,
         COUNT(DISTINCT user_id) AS u
  FROM dsp_impressions
  GROUP BY postal_code
)
SELECT own.postal_code, own.n, own.imps
FROM own
WHERE own.u >= 100
  AND (SELECT COUNT(DISTINCT user_id) FROM dsp_impressions) >= 100;
