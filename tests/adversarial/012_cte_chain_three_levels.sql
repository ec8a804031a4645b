-- attack: device_id renamed in three chained CTEs (k, segment, label)
-- expect: VERY_HIGH in output (through three CTEs; also: row-level export grouped by device_id)
-- expect-at: 7:8
WITH a AS (SELECT device_id AS k, campaign FROM dsp_impressions),
     b AS (SELECT k AS segment, campaign FROM a),
     c AS (SELECT segment AS label, campaign FROM b)
SELECT label, COUNT(DISTINCT campaign) AS campaigns
FROM c
GROUP BY label
