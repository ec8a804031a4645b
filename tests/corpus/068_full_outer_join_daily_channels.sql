-- Daily DSP vs. sponsored ads reach, FULL OUTER JOIN so days with only one
-- channel are kept.
WITH dsp AS (
    SELECT impression_date AS d, COUNT(DISTINCT user_id) AS dsp_reach
    FROM dsp_impressions
    GROUP BY impression_date
),
sa AS (
    SELECT event_date AS d, COUNT(DISTINCT user_id) AS sa_reach
    FROM sponsored_ads_traffic
    GROUP BY event_date
)
SELECT
    COALESCE(dsp.d, sa.d)       AS day,
    NVL(dsp.dsp_reach, 0)       AS dsp_reach,
    NVL(sa.sa_reach, 0)         AS sa_reach
FROM dsp
FULL OUTER JOIN sa
  ON dsp.d = sa.d
