-- 71: WHERE user_id IN (SELECT user_id FROM conversions WHERE event_type_class = 'Conversion'): impressions of
-- buyers, by campaign. Whether or not the subquery's conversions path is
-- taken to contribute, its users for a row are the row's own users (the
-- filter matches on user_id), so the result is the same: campaigns with one
-- buyer are removed.
-- expect: removes
SELECT campaign,
       COUNT(*) AS imps
FROM dsp_impressions
WHERE user_id IN (SELECT user_id FROM conversions WHERE event_type_class = 'Conversion')
GROUP BY campaign
