-- attack: literal postal comparison hidden in a window PARTITION BY key
-- expect: literal compared with HIGH column (window partition key)
-- expect-at: 7:58
SELECT campaign, MAX(zip_imps) AS imps_split_by_zip
FROM (
  SELECT campaign,
         COUNT(*) OVER (PARTITION BY campaign, CASE WHEN postal_code = '10001' THEN 1 ELSE 0 END) AS zip_imps
  FROM dsp_impressions
) t
GROUP BY campaign
