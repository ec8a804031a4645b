-- attack: audience query that also returns campaign next to user_id
-- expect: audience query output other than user_id
-- expect-at: 4:17
SELECT user_id, campaign
FROM dsp_impressions_for_audiences
WHERE impressions > 0
