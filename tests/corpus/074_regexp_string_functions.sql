-- Parse campaign name tokens with REGEXP_SUBSTR / REGEXP_REPLACE and other string
-- functions; trims and case-folds inconsistent naming.
SELECT
    UPPER(TRIM(REGEXP_SUBSTR(campaign, '^[^|_-]+')))             AS brand_token,
    LOWER(REGEXP_REPLACE(line_item, '[^A-Za-z]+', '_'))          AS line_item_slug,
    LEFT(creative, 20)                                           AS creative_prefix,
    LENGTH(creative)                                             AS creative_name_length,
    SUM(impressions)                                             AS impressions,
    COUNT(DISTINCT user_id)                                      AS reach
FROM dsp_impressions
WHERE STRPOS(campaign, '|') > 0
   OR LOCATE('-', campaign) > 0
GROUP BY 1, 2, 3, 4
