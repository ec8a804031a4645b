-- 32: SELECT DISTINCT over a user-level aggregated subquery: which
-- (device_type, single/multi clicker) combinations exist. A combination
-- with one person is removed; the NULL device_type (NULL-user group) too.
-- expect: removes
SELECT DISTINCT device_type, kind
FROM (SELECT user_id,
             device_type,
             CASE WHEN COUNT(*) >= 2 THEN 'multi' ELSE 'single' END AS kind
      FROM dsp_clicks
      WHERE click_hour < 6
      GROUP BY user_id, device_type) u
