-- Viewable reach vs. served reach per line item.
-- A user counts as "viewably reached" with at least one VIEW event.
WITH Served AS (
    select line_item_id, LINE_ITEM, user_id, Sum(impressions) AS imps
    FROM dsp_impressions
    Group BY line_item_id, line_item, user_id
), Viewed as (
    SELECT Line_Item_Id, User_Id, SUM(viewable_impressions) As viewable
    from DSP_VIEWS
    WHERE Event_Type = 'VIEW'
    group by LINE_ITEM_ID, USER_ID
)
SELECT s.line_item_id,
       s.line_item,
       COUNT(DISTINCT s.user_id)                                  AS served_reach,
       COUNT(DISTINCT v.user_id)                                  AS viewable_reach,
       COUNT(DISTINCT v.user_id) * 1.0 / COUNT(DISTINCT s.user_id) AS viewable_reach_rate,
       SUM(s.imps)                                                AS impressions,
       SUM(NVL(v.viewable, 0))                                    AS viewable_impressions
FROM Served s
    LEFT OUTER JOIN Viewed v
        ON v.line_item_id = s.line_item_id And v.user_id = s.user_id
GROUP BY s.line_item_id, s.line_item
