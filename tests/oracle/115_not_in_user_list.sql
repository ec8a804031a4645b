-- 115: reach by city excluding one ASIN's buyers, written
-- user_id NOT IN (SELECT user_id ...): a test of the row's own user
-- against a list of users asks only about that user, as the correlated
-- NOT EXISTS does; the list lends the row nothing. Cities are HIGH.
-- expect: removes
SELECT city_name, COUNT(DISTINCT user_id) AS reach_excluding_buyers
FROM dsp_impressions
WHERE user_id NOT IN (SELECT user_id FROM conversions WHERE tracked_asin = 'B0001A2B3C')
GROUP BY city_name
