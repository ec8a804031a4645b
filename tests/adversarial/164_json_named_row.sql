-- attack: VERY_HIGH in output
-- expect: VERY_HIGH in output (JSON_SERIALIZE(NAMED_ROW(..., request_tag)))
-- expect-at: 4:18
SELECT campaign, JSON_SERIALIZE(NAMED_ROW('t', MAX(request_tag))) AS j
FROM dsp_impressions
GROUP BY campaign
