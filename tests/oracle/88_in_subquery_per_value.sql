-- 88: WHERE campaign IN (SELECT campaign FROM dsp_clicks WHERE device_type =
-- 'TV'): impressions of the campaigns with TV clicks. The IN subquery is an
-- entry of every impression record: the users of the subquery's rows equal
-- to its campaign (that campaign's TV clickers), unioned by the GROUP BY. A
-- campaign with a single TV clicker is removed although it has many
-- impression users (contrast with 71, where the subquery matches on
-- user_id and its users are the row's own).
-- expect: removes
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach,
       COUNT(*) AS imps
FROM dsp_impressions
WHERE campaign IN (SELECT campaign FROM dsp_clicks WHERE device_type = 'TV')
GROUP BY campaign
