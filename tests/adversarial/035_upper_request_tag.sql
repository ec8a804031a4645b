-- attack: request_tag upper-cased
-- expect: VERY_HIGH in output (UPPER)
-- expect-at: 5:8
SELECT site,
       MIN(UPPER(request_tag)) AS tag
FROM dsp_impressions
GROUP BY site
