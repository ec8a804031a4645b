-- attack: REPLACE(campaign, campaign, '94103') is the ZIP for every row: the replacement argument carries the literal
-- mechanism: 1
-- expect-at: 8:6
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
JOIN dsp_clicks c
  ON c.user_id = i.user_id
 AND i.postal_code = REPLACE(c.campaign, c.campaign, '94103')
GROUP BY i.campaign
