-- attack: CAST(postal_code AS INTEGER) > literal: a numeric range on a derived HIGH value
-- expect: literal compared with HIGH column (derived via CAST)
-- expect-at: 6:7
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE CAST(postal_code AS INTEGER) > 99900
GROUP BY campaign
