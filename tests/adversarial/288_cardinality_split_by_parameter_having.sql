-- attack: HAVING on the part count of request_tag split by a parameter separator
-- mechanism: 5
-- expect-at: 8:24
SELECT campaign,
       COUNT(*) AS imps
FROM dsp_impressions
GROUP BY campaign
HAVING MAX(CARDINALITY(REGEXP_SPLIT(request_tag, CUSTOM_PARAMETER('sep')))) > 2
