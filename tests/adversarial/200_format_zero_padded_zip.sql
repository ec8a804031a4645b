-- attack: count one ZIP's reach by building the ZIP with FORMAT('%05d', ...) so no bare literal meets postal_code
-- mechanism: 1
-- expect-at: 7:7
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE postal_code = FORMAT('%05d', 2134)
GROUP BY campaign
