-- attack: COUNT(*) OVER (ORDER BY postal_code) is the position of each row's ZIP in ZIP order; comparing it with literals selects a ZIP range (an order-stati...
-- mechanism: 4
-- expect-at: 16:7
-- Was accepted: COUNT(*) OVER (ORDER BY postal_code) is the position of
-- each row's ZIP in ZIP order; comparing it with literals selects a ZIP
-- range (an order-statistic filter on a HIGH column). The unpartitioned
-- ROW_NUMBER/RANK equivalent is reported as postal_code compared with a
-- literal; the window aggregate is not, because its ORDER BY adds no lineage.
WITH r AS (
  SELECT campaign, user_id,
         COUNT(*) OVER (ORDER BY postal_code) AS zip_pos
  FROM dsp_impressions
)
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM r
WHERE zip_pos BETWEEN 1000 AND 1100
GROUP BY campaign
