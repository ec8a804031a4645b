-- attack: tab characters before request_tag (each tab is one character)
-- expect: VERY_HIGH in output
-- expect-at: 4:15
SELECT	site,		MIN(request_tag) AS t
FROM	dsp_impressions
GROUP BY	site
