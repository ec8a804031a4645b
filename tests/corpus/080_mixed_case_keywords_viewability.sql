-- Viewability by environment and creative type, mixed keyword case
-- (copied together from several older workflows)
Select
    environment_type,
    creative_type,
    SUM(viewable_impressions)                                   AS viewable,
    sum(measurable_impressions)                                 as measurable,
    Sum(unmeasurable_viewable_impressions)                      As unmeasurable_viewable,
    SUM(viewable_impressions) * 1.0
        / NullIf(sum(measurable_impressions), 0)                AS viewability_rate,
    count(DISTINCT user_id)                                     AS viewers
FROM dsp_views
where event_type In ('VIEW', 'MEASURABLE_IMP')
GROUP by environment_type, creative_type
HAVING Sum(measurable_impressions) > 0
