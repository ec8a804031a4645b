-- attack: request_tag renamed user_id in an audience query
-- expect: audience query output other than user_id (request_tag named user_id)
-- expect-at: 4:8
SELECT request_tag AS user_id
FROM dsp_clicks_for_audiences
