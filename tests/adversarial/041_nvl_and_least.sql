-- attack: NVL and LEAST over two VERY_HIGH columns (no literal involved)
-- expect: VERY_HIGH in output (NVL / LEAST)
-- expect-at: 5:8
SELECT campaign,
       MAX(NVL(device_id, request_tag)) AS some_id,
       MIN(LEAST(user_id, device_id)) AS smallest_id
FROM dsp_clicks
GROUP BY campaign
