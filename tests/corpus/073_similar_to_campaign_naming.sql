-- Campaign naming convention parsed with SIMILAR TO (Java regex in AMC),
-- e.g. "BRAND_A | Prospecting | Q3" vs "BRAND_B-Retargeting-2024".
SELECT
    CASE
        WHEN campaign SIMILAR TO '^BRAND_A.*'            THEN 'Brand A'
        WHEN campaign SIMILAR TO '^BRAND_B.*'            THEN 'Brand B'
        ELSE 'Other'
    END                                                  AS brand,
    CASE
        WHEN campaign SIMILAR TO '(?i).*prospect.*'      THEN 'Prospecting'
        WHEN campaign SIMILAR TO '(?i).*(retarget|remarket).*' THEN 'Retargeting'
        WHEN campaign NOT SIMILAR TO '.*[0-9]{4}.*'      THEN 'Evergreen'
        ELSE 'Other'
    END                                                  AS tactic,
    COUNT(DISTINCT user_id)                              AS reach,
    SUM(impressions)                                     AS impressions
FROM dsp_impressions
WHERE campaign SIMILAR TO '^(BRAND_A|BRAND_B).*'
   OR campaign LIKE '%Café%'   -- the French café brand's campaigns
GROUP BY 1, 2
