-- attack: HAVING MAX(city_name) = MAX(CASE ... THEN 'Boise' END): an aggregate of a literal on the right
-- mechanism: 2
-- expect-at: 8:8
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY campaign
HAVING MAX(city_name) = MAX(CASE WHEN impressions > 0 THEN 'Boise' END)
