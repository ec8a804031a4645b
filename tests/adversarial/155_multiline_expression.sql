-- attack: user_id inside a CONCAT spread over several lines
-- expect: VERY_HIGH in output (CONCAT spanning lines)
-- expect-at: 5:8
SELECT campaign,
       MAX(CONCAT(
         campaign,
         '/',
         user_id
       )) AS packed
FROM dsp_impressions
GROUP BY campaign
