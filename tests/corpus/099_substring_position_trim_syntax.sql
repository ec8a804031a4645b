-- SQL-standard string syntax: SUBSTRING(... FROM ... FOR ...), POSITION(... IN ...),
-- TRIM(BOTH ... FROM ...). Extracts the quarter tag "Q1".."Q4" from campaign names.
SELECT
    TRIM(BOTH ' ' FROM campaign)                                      AS campaign,
    CASE WHEN POSITION('Q' IN campaign) > 0
         THEN SUBSTRING(campaign FROM POSITION('Q' IN campaign) FOR 2)
         ELSE 'n/a' END                                               AS quarter_tag,
    SUBSTRING(line_item, 1, 12)                                       AS line_item_short,
    SUM(impressions)                                                  AS impressions
FROM dsp_impressions
GROUP BY 1, 2, 3
