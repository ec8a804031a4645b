-- attack: request_tag SIMILAR TO a regex matching one request
-- expect: literal compared with VERY_HIGH column (request_tag SIMILAR TO)
-- expect-at: 6:7
SELECT site, SUM(total_cost) AS cost
FROM dsp_impressions
WHERE request_tag SIMILAR TO '^[0-9a-f]{4}-beef.*'
GROUP BY site
