-- 31: SELECT DISTINCT over an aggregated subquery: DMAs banded by their
-- number of clickers, then the distinct (state, band) pairs. DISTINCT
-- unions the users of the merged rows: a 'small' band made of two DMAs of
-- one clicker each has 2 users and is kept; the NULL state (NULL-user clicks
-- only) is removed.
-- expect: removes
SELECT DISTINCT state, band
FROM (SELECT iso_state_province_code AS state,
             dma_code,
             CASE WHEN COUNT(DISTINCT user_id) >= 3 THEN 'big' ELSE 'small' END AS band
      FROM dsp_clicks
      GROUP BY iso_state_province_code, dma_code) d
