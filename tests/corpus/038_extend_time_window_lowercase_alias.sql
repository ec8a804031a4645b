-- 28-day reach leading into the window, lowercase keywords and an alias
select
    imp.campaign_id,
    imp.campaign,
    count(distinct imp.user_id)         as reach_28d,
    sum(imp.impressions)                as impressions_28d
from table(extend_time_window('dsp_impressions', 'P28D', 'P0D')) imp
where imp.campaign_id in (custom_parameter('campaign_ids'))
group by imp.campaign_id, imp.campaign
