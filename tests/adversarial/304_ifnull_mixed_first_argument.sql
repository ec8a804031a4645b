-- attack: IFNULL tests its first argument, a value mixing postal_code with a literal via NVL
-- mechanism: 3
-- expect-at: 5:23
SELECT campaign,
       COUNT(DISTINCT IFNULL(NVL(postal_code, '00000'), 'none')) AS buckets
FROM dsp_clicks
GROUP BY campaign
