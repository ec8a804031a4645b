-- 30: UNION (distinct) of two arms over dsp_clicks (TV clicks, phone clicks)
-- per campaign with a column of equal value in both arms (every click has
-- clicks = 1, so MIN(clicks) is 1): a campaign present in both
-- arms gives one merged row carrying both paths, so it is removed if either
-- arm has a single clicker; a campaign present in one arm is constrained by
-- that arm's path only.
-- expect: removes
SELECT campaign,
       MIN(clicks) AS min_clicks
FROM dsp_clicks
WHERE device_type = 'TV'
GROUP BY campaign
UNION
SELECT campaign,
       MIN(clicks)
FROM dsp_clicks
WHERE device_type = 'Phone'
GROUP BY campaign
