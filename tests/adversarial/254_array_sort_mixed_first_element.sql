-- attack: ARRAY_SORT(ARRAY[postal_code, '50000'])[1] tells which side of 50000 the ZIP is on
-- mechanism: 3
-- expect-at: 7:7
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE ARRAY_SORT(ARRAY[postal_code, '50000'])[1] = postal_code
GROUP BY campaign
