-- 47: NULL user_ids mixed into groups: (line_item, day) groups where some
-- impressions have no user. A few groups consist only of NULL-user
-- impressions (0 users: removed), some have one user plus anonymous
-- impressions (COUNT(*) > 1 but 1 user: removed), most have 2+ users.
-- expect: removes
SELECT line_item,
       impression_date,
       COUNT(*) AS imps,
       COUNT(user_id) AS imps_with_user
FROM dsp_impressions
GROUP BY line_item, impression_date
