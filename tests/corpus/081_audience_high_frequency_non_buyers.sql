-- AUDIENCE QUERY (rule-based audience, not an analytics query)
-- Users who saw at least 5 impressions of the campaign in the window but did
-- not purchase: sent to DSP for a retargeting line item. Reads only
-- *_for_audiences tables; the final SELECT returns only user_id.
WITH exposed AS (
    SELECT user_id
    FROM dsp_impressions_for_audiences
    WHERE campaign_id IN (CUSTOM_PARAMETER('campaign_ids'))
    GROUP BY user_id
    HAVING SUM(impressions) >= 5
),
buyers AS (
    SELECT DISTINCT user_id
    FROM conversions_for_audiences
    WHERE event_type_class = 'Conversion'
)
SELECT e.user_id
FROM exposed e
LEFT JOIN buyers b ON b.user_id = e.user_id
WHERE b.user_id IS NULL
