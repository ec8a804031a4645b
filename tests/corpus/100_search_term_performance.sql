-- Sponsored Products search-term report with rounded KPIs, by match type.
-- Search terms are LOW: shown when at least 2 users are behind the row.
select
    customer_search_term,
    match_type,
    sum(impressions)                                            as impressions,
    sum(clicks)                                                 as clicks,
    round(sum(clicks) * 100.0 / nullif(sum(impressions), 0), 2) as ctr_pct,
    trunc(sum(spend) / 100000000.0, 2)                          as spend,       -- microcents
    round(sum(spend) / 100000000.0 / nullif(sum(clicks), 0), 2) as cpc,
    count(distinct user_id)                                     as users
from sponsored_ads_traffic
where ad_product_type = 'sponsored_products'
  and customer_search_term is not null
  and LENGTH(customer_search_term) > 2
group by customer_search_term, match_type
having sum(clicks) >= 5
