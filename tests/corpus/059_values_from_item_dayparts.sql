-- Daypart lookup as a VALUES list in FROM with a table alias and column
-- aliases, joined with a non-equi join on the hour of the impression.
SELECT
    dp.daypart,
    dp.sort_key,
    SUM(i.impressions)           AS impressions,
    COUNT(DISTINCT i.user_id)    AS reach
FROM dsp_impressions i
JOIN (VALUES
        (0,  5,  'Late night', 4),
        (6,  11, 'Morning',    1),
        (12, 17, 'Afternoon',  2),
        (18, 23, 'Evening',    3)
     ) AS dp(hour_from, hour_to, daypart, sort_key)
  ON i.impression_hour BETWEEN dp.hour_from AND dp.hour_to
GROUP BY dp.daypart, dp.sort_key
