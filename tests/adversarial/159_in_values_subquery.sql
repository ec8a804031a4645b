-- attack: literal compared with VERY_HIGH column
-- expect: literal compared with VERY_HIGH column (IN VALUES subquery)
-- expect-at: 6:7
SELECT campaign, COUNT(*) AS n
FROM dsp_impressions
WHERE device_id IN (VALUES ('dev-1'), ('dev-2'))
GROUP BY campaign
