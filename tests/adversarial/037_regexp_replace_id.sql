-- attack: REGEXP_REPLACE keeps only the hex digits of user_id
-- expect: VERY_HIGH in output (REGEXP_REPLACE; also: regex literal applied to VERY_HIGH)
-- expect-at: 5:8
SELECT campaign,
       MAX(REGEXP_REPLACE(user_id, '[^0-9a-f]', '')) AS digits
FROM dsp_impressions
GROUP BY campaign
