-- Pasted from a web page: no-break spaces, and a 14-day look-back.
SELECT campaign,
  COUNT(DISTINCT user_id) AS reach
FROM TABLE(EXTEND_TIME_WINDOW('dsp_impressions', 'P14D', 'P1D'))
GROUP BY campaign
