-- attack: ARRAY_SORT(ARRAY_DISTINCT(COLLECT(request_tag)))
-- expect: VERY_HIGH in output (array functions over COLLECT)
-- expect-at: 5:8
SELECT site,
       ARRAY_SORT(ARRAY_DISTINCT(COLLECT(request_tag))) AS tags
FROM dsp_impressions
GROUP BY site
