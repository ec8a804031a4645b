-- attack: a VALUES row unioned under postal_code, then grouped: the probe's group counts the real ZIP's users
-- mechanism: 3
-- expect-at: 11:10
WITH z (zip, u) AS (
  SELECT postal_code, user_id FROM dsp_impressions
  UNION ALL
  VALUES ('02134', 'probe')
)
SELECT COUNT(DISTINCT u) AS users
FROM z
GROUP BY zip
