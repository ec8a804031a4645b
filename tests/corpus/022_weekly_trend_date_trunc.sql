-- Weekly trend of DSP delivery and attributed sales (DATE_TRUNC on both sides)
with delivery as (
    select date_trunc('WEEK', impression_dt)  as week_start,
           sum(impressions)                   as impressions,
           count(distinct user_id)            as reach,
           sum(total_cost) / 100000.0         as spend
    from dsp_impressions
    group by 1
), sales as (
    select date_trunc('WEEK', traffic_event_dt)   as week_start,
           sum(total_purchases)                   as purchases,
           sum(total_product_sales)               as sales
    from amazon_attributed_events_by_traffic_time
    where line_item_id is not null
    group by 1
)
select d.week_start,
       d.impressions,
       d.reach,
       d.spend,
       nvl(s.purchases, 0)                     as purchases,
       nvl(s.sales, 0)                         as sales,
       nvl(s.sales, 0) / nullif(d.spend, 0)    as roas
from delivery d
left join sales s on s.week_start = d.week_start
