-- attack: literal compared with VERY_HIGH column inside EXISTS
-- expect: literal compared with VERY_HIGH column inside EXISTS
-- expect-at: 6:76
SELECT i.campaign, COUNT(*) AS n
FROM dsp_impressions i
WHERE EXISTS (SELECT 1 FROM dsp_clicks c WHERE c.campaign = i.campaign AND c.user_id = 'a1b2c3')
GROUP BY i.campaign
