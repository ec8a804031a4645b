-- AMC105: must not be reported. A separator joined to user_id on every row
-- (CONCAT(user_id, '|', creative)) fuses with it: COUNT(DISTINCT ...) of the
-- fused value counts (user, creative) pairs and compares no id with a literal.
SELECT campaign,
       COUNT(DISTINCT user_id) AS reach,
       SUM(impressions) AS impressions,
       COUNT(DISTINCT CONCAT(user_id, '|', creative)) AS user_creative_pairs,
       COUNT(DISTINCT CONCAT(user_id, '|', creative)) / COUNT(DISTINCT user_id) AS creatives_per_user
FROM dsp_impressions
GROUP BY campaign
