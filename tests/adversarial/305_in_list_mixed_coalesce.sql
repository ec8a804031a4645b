-- attack: COALESCE(c.postal_code, '10001') IN (i.postal_code): non-clickers count as ZIP 10001
-- mechanism: 3
-- expect-at: 7:7
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
LEFT JOIN dsp_clicks c ON c.user_id = i.user_id
WHERE COALESCE(c.postal_code, '10001') IN (i.postal_code)
GROUP BY i.campaign
