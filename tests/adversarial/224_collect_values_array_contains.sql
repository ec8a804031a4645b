-- attack: COLLECT over a VALUES list of ZIPs, then ARRAY_CONTAINS(zips, postal_code)
-- mechanism: 2
-- expect-at: 9:7
WITH zips AS (
  SELECT COLLECT(z) AS zip_list FROM (VALUES ('10001'), ('10011'), ('10014')) AS v (z)
)
SELECT i.campaign, COUNT(DISTINCT i.user_id) AS reach
FROM dsp_impressions i CROSS JOIN zips
WHERE ARRAY_CONTAINS(zips.zip_list, i.postal_code)
GROUP BY i.campaign
