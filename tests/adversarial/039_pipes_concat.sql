-- attack: campaign || ':' || user_id glued into one label column
-- expect: VERY_HIGH in output (|| concatenation; also: row-level export grouped by it)
-- expect-at: 4:8
SELECT campaign || ':' || user_id AS label,
       COUNT(*) AS imps
FROM dsp_impressions
GROUP BY campaign || ':' || user_id
