-- Tries to read device ids and one postal code's users: AMC rejects both.
SELECT MAX(device_id) AS x, COUNT(*) AS n
FROM dsp_impressions
WHERE postal_code = '10001'
