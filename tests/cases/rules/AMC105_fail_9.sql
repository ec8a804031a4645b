-- AMC105: must be reported. amcq's reading of AMC's rule on group-by keys
-- influenced by literals: CONCAT(city_name, ', ', state) is such a key, even
-- though the groups equal GROUP BY city_name, state (docs/security.md).
SELECT CONCAT(city_name, ', ', iso_state_province_code) AS city_state,
       COUNT(DISTINCT user_id) AS reach,
       SUM(impressions) AS impressions
FROM dsp_impressions
GROUP BY 1
