-- Reach by state / province with local-language labels for the DACH report.
-- Region labels: 'Bayern (München)', 'Zürich', 'Wien' — ÄÖÜ äöü ß are fine
-- in string literals. 🇩🇪🇦🇹🇨🇭
WITH regional AS (
  SELECT
    CASE iso_state_province_code
      WHEN 'DE-BY' THEN 'Bayern (München)'
      WHEN 'DE-BE' THEN 'Berlin'
      WHEN 'DE-NW' THEN 'Nordrhein-Westfalen (Köln, Düsseldorf)'
      WHEN 'AT-9'  THEN 'Wien'
      WHEN 'CH-ZH' THEN 'Zürich'
      ELSE 'Übrige Regionen'
    END AS region,
    user_id,
    impressions
  FROM dsp_impressions
  WHERE iso_country_code IN ('DE', 'AT', 'CH')
)
SELECT region, COUNT(DISTINCT user_id) AS reichweite, SUM(impressions) AS impressionen
FROM regional
GROUP BY region;
