-- attack: plain event rows with second-level timestamps and cost
-- expect: no aggregation
-- expect-at: 4:1
SELECT campaign, impression_dt, total_cost
FROM dsp_impressions
