-- Reach for a list of campaigns passed as a parameter, written
-- IN CUSTOM_PARAMETER(...) without parentheses around the list.
SELECT
  campaign_id,
  COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE campaign_id IN CUSTOM_PARAMETER('campaign_ids')
GROUP BY campaign_id
