-- attack: ROUND((zip - 98100) / 100.0) as a band key: 0 only for 98050..98149
-- mechanism: 3
-- expect-at: 4:8
SELECT ROUND((CAST(postal_code AS DOUBLE) - 98100) / 100.0) AS band,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_clicks
GROUP BY 1
