/* Impressions by creative size across DSP and Ad Server, union in an
   alias-less subquery */
select creative_size, sum(imps) as impressions, count(distinct user_id) as reach
from (
  select ad_slot_size as creative_size, impressions as imps, user_id from dsp_impressions
  union all
  select ad_size, impressions, user_id from adserver_traffic
)
group by creative_size
having sum(imps) >= 1000
