-- attack: extra literal condition on city_name hidden in a join ON clause
-- expect: literal compared with HIGH column (city_name in join ON)
-- expect-at: 7:32
SELECT i.campaign, COUNT(*) AS clicked
FROM dsp_impressions i
JOIN dsp_clicks c
  ON i.user_id = c.user_id AND c.city_name = 'Palo Alto'
GROUP BY i.campaign
