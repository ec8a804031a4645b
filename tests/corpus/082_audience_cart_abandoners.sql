/*  AUDIENCE: cart abandoners of the last 14 days
    add-to-cart of a tracked ASIN and no purchase of those ASINs in the window.
    Only user_id is returned; AMC sends the list straight to DSP. */
select user_id
from conversions_for_audiences
where tracked_asin in (custom_parameter('asins'))
group by user_id
having sum(case when event_subtype = 'shoppingCart' then 1 else 0 end) > 0
   and sum(case when event_type_class = 'Conversion' then 1 else 0 end) = 0;
