-- attack: audience query returning postal_code with user_id
-- expect: audience query output other than user_id (HIGH postal_code)
-- expect-at: 4:17
SELECT user_id, postal_code
FROM dsp_clicks_for_audiences
