-- Sponsored-ads-attributed buyers who were never served DSP (NOT IN subquery)
select
    ad_product_type,
    campaign,
    count(distinct user_id)        as sa_only_buyers,
    sum(total_product_sales)       as sales
from amazon_attributed_events_by_conversion_time
where ad_product_type is not null
  and total_purchases > 0
  and user_id not in (select user_id from dsp_impressions where user_id is not null)
group by ad_product_type, campaign
