-- The neighbour that must still fail: an analytics table (dsp_clicks)
-- in an audience query.
SELECT c.user_id
FROM crm_customers c
JOIN dsp_impressions_for_audiences i ON i.user_id = c.user_id
JOIN dsp_clicks k ON k.user_id = c.user_id
GROUP BY c.user_id
