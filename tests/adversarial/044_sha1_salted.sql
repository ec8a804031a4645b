-- attack: SHA1 of user_id with a salt, taken per campaign
-- expect: VERY_HIGH in output (SHA1 over CONCAT)
-- expect-at: 5:8
SELECT campaign,
       MAX(SHA1(CONCAT(user_id, 'pepper'))) AS salted
FROM dsp_impressions
GROUP BY campaign
