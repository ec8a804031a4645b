-- AMC014: must not be reported: every documented unit and field, any case, and valid patterns
SELECT DATE_TRUNC('Week', impression_dt_utc) AS wk, EXTRACT(DOW FROM impression_dt_utc) AS dow,
  REGEXP_REPLACE(campaign, '(20[0-9]{2})$', '') AS family, COUNT(*) AS n
FROM dsp_impressions
WHERE campaign SIMILAR TO '^BRAND_[AB].*'
GROUP BY 1, 2, 3
