-- attack: USER_ID spelled in upper case, hoping a case-sensitive matcher misses it
-- expect: VERY_HIGH in output (also: row-level export grouped by user_id)
-- expect-at: 4:8
SELECT USER_ID AS Shopper, COUNT(*) AS clicks
FROM dsp_clicks
GROUP BY USER_ID
