select coalesce(ad_product_type, 'dsp')                as ad_product
     , device_type
     , sum(new_to_brand_purchases)                     as ntb_purchases
     , sum(purchases)                                  as purchases
     , sum(new_to_brand_product_sales)                 as ntb_sales
     , sum(new_to_brand_units_sold)                    as ntb_units
     , sum(new_to_brand_purchases_clicks)              as ntb_purchases_click_attributed
     , sum(new_to_brand_purchases_views)               as ntb_purchases_view_attributed
  from amazon_attributed_events_by_traffic_time
 group by 1, 2
-- promoted-ASIN view: NTB for the ASINs the campaign advertised (no brand halo)
