-- Optimal frequency per line item
-- Detail-page-view and purchase rate by exact frequency (capped at 20), so the
-- planner can see where the curve flattens. Reads attributed events by traffic
-- time so that every conversion belongs to traffic inside the window.
WITH imps AS (
    SELECT line_item_id, user_id, SUM(impressions) AS freq
    FROM dsp_impressions
    GROUP BY 1, 2
),
attributed AS (
    SELECT
        line_item_id,
        user_id,
        SUM(detail_page_view) AS dpv,
        SUM(purchases)        AS purchases
    FROM amazon_attributed_events_by_traffic_time
    WHERE line_item_id IS NOT NULL   -- DSP traffic only (sponsored ads have no line item)
    GROUP BY 1, 2
),
joined AS (
    SELECT
        i.line_item_id,
        LEAST(i.freq, 20)           AS freq_capped,
        i.user_id,
        COALESCE(a.dpv, 0)          AS dpv,
        COALESCE(a.purchases, 0)    AS purchases
    FROM imps i
    LEFT JOIN attributed a
      ON a.line_item_id = i.line_item_id
     AND a.user_id = i.user_id
)
SELECT
    line_item_id,
    freq_capped                                          AS frequency,
    COUNT(DISTINCT user_id)                              AS users,
    SUM(IF(dpv > 0, 1, 0))                               AS users_with_dpv,
    SUM(IF(purchases > 0, 1, 0))                         AS users_with_purchase,
    SUM(IF(purchases > 0, 1, 0)) / CAST(COUNT(DISTINCT user_id) AS DOUBLE) AS purchase_rate
FROM joined
GROUP BY 1, 2
