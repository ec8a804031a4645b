-- attack: IF(cond, 'zipA', 'zipB'): both branches literal, compared with postal_code in the join
-- mechanism: 1
-- expect-at: 11:7
WITH clicks AS (
  SELECT user_id, postal_code AS zip, campaign
  FROM dsp_clicks
)
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i
JOIN clicks k ON k.user_id = i.user_id
WHERE k.zip = IF(i.campaign LIKE 'Brand%', '98101', '98109')
GROUP BY i.campaign
