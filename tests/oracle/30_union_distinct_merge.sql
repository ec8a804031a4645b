-- 30: UNION (distinct) of two arms over dsp_clicks (TV clicks, phone clicks)
-- per campaign with a constant-valued column: a campaign present in both
-- arms gives one merged row carrying both paths, so it is removed if either
-- arm has a single clicker; a campaign present in one arm is constrained by
-- that arm's path only.
-- expect: removes
SELECT campaign,
       COUNT(*) > 0 AS active
FROM dsp_clicks
WHERE device_type = 'TV'
GROUP BY campaign
UNION
SELECT campaign,
       COUNT(*) > 0
FROM dsp_clicks
WHERE device_type = 'Phone'
GROUP BY campaign
