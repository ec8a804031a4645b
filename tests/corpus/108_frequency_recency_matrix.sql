-- Frequency x recency matrix: users by how often (frequency band) and how
-- recently (days since last impression before the window end) they were reached.
with per_user as (
    select user_id,
           sum(impressions)                                                       as imps,
           seconds_between(max(impression_dt_utc), built_in_parameter('TIME_WINDOW_END')) / 86400 as days_since_last
    from dsp_impressions
    group by user_id
)
select case when imps = 1 then 'F1' when imps <= 4 then 'F2-4' when imps <= 9 then 'F5-9' else 'F10+' end as frequency_band,
       case when days_since_last < 3 then 'R0-2' when days_since_last < 7 then 'R3-6'
            when days_since_last < 14 then 'R7-13' else 'R14+' end                                      as recency_band,
       count(*)                                                                                         as users,
       sum(imps)                                                                                        as impressions
from per_user
group by 1, 2
