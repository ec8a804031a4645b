-- attack: MAX over a CASE mixing city_name with a literal returns the literal unless a later city exists
-- mechanism: 3
-- expect-at: 8:8
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY campaign
HAVING MAX(CASE WHEN impressions > 0 THEN city_name ELSE 'Omaha' END) = 'Omaha'
