/* ---------------------------------------------------------------------------
   Clicks and click-through rate per line item and creative size.
   This file is deliberately heavy on comments in odd places:
   between keywords, inside expressions, after commas; -- dashes inside a
   block comment are just text, and so is a lone * or /.
   --------------------------------------------------------------------------- */
WITH -- the click side
clk /* one row per line item & size */ AS (
    SELECT /* keys */ line_item_id, ad_slot_size,
           SUM(clicks) /* NONE */ AS clicks
    FROM dsp_clicks -- table
    GROUP BY line_item_id, -- first key
             ad_slot_size  -- second key
),
imp AS ( -- the impression side
    SELECT line_item_id,
           ad_slot_size,
           SUM(impressions) AS impressions,
           COUNT(DISTINCT user_id) /* users, only counted */ AS reach
    FROM dsp_impressions
    GROUP BY line_item_id, ad_slot_size
)
SELECT
    imp.line_item_id,           -- LOW
    imp.ad_slot_size,           -- LOW
    imp.impressions,
    imp.reach,
    COALESCE(clk.clicks, 0)     AS clicks,
    COALESCE(clk.clicks, 0)     /* numerator */
        * 1.0
        / NULLIF(imp.impressions, 0) /* denominator */ AS ctr
FROM imp
LEFT JOIN clk
    ON  clk.line_item_id = imp.line_item_id   -- same line item
    AND clk.ad_slot_size = imp.ad_slot_size   -- same size
-- end of query; no semicolon on purpose
