-- Size of a retargeting pool: detail-page viewers who did NOT purchase and
-- who WERE reached by DSP (EXISTS / NOT EXISTS correlated subqueries).
WITH dpv_users AS (
    SELECT user_id, tracked_asin
    FROM conversions
    WHERE event_subtype = 'detailPageView'
    GROUP BY user_id, tracked_asin
)
SELECT
    d.tracked_asin,
    COUNT(DISTINCT d.user_id) AS dpv_non_buyers_reached_by_dsp
FROM dpv_users d
WHERE NOT EXISTS (
        SELECT 1
        FROM conversions c
        WHERE c.user_id = d.user_id
          AND c.tracked_asin = d.tracked_asin
          AND c.event_type_class = 'Conversion'
      )
  AND EXISTS (
        SELECT 1 FROM dsp_impressions i WHERE i.user_id = d.user_id
      )
GROUP BY d.tracked_asin
