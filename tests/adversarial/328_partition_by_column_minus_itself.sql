-- attack: a constant PARTITION BY that has a column lineage
-- mechanism: 4
-- expect-at: 18:7
-- Was accepted: a constant PARTITION BY that has a column lineage.
-- keys_vary() calls a key constant only if it reads no column, so
-- campaign_id - campaign_id (always 0), LENGTH(campaign) * 0,
-- LEAST(impressions, impressions) and CASE WHEN campaign = campaign THEN 1 END
-- all pass as real partitions; the rank then numbers every row in
-- request_tag order and "rn = 1" picks one event. All of these variants
-- were checked and are accepted.
WITH r AS (
  SELECT line_item, total_cost,
         ROW_NUMBER() OVER (PARTITION BY campaign_id - campaign_id ORDER BY request_tag) AS rn
  FROM dsp_impressions
)
SELECT line_item, SUM(total_cost) AS cost
FROM r
WHERE rn = 1
GROUP BY line_item
