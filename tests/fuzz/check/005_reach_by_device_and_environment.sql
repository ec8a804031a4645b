select
  device_type,
  environment_type,
  count(distinct user_id)                    as reach,
  sum(impressions)                           as impressions,
  round(sum(impressions) * 1.0 / count(distinct user_id), 2) as frequency,
  count(distinct device_id)                  as devices   -- device_id only inside COUNT DISTINCT
from dsp_impressions
where campaign_id IN (CUSTOM_PARAMETER('campaign_ids'))
group by device_type, environment_type
