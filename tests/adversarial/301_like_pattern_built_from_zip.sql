-- attack: campaign LIKE CONCAT(postal_code, '%'): a pattern mixing the ZIP with a literal wildcard
-- mechanism: 3
-- expect-at: 7:7
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE campaign LIKE CONCAT(postal_code, '%')
GROUP BY campaign
