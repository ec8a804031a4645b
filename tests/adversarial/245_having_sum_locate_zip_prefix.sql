-- attack: HAVING SUM(LOCATE('021', postal_code)) keeps the campaigns that reached Boston ZIPs
-- mechanism: 3
-- expect-at: 8:12
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY campaign
HAVING SUM(LOCATE('021', postal_code)) > 0
