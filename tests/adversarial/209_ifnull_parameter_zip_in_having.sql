-- attack: HAVING on the group's ZIP against IFNULL(CUSTOM_PARAMETER('zip'), default)
-- mechanism: 1
-- expect-at: 8:8
SELECT campaign, postal_code,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY campaign, postal_code
HAVING postal_code = IFNULL(CUSTOM_PARAMETER('zip'), '02134')
