-- Split campaign names of the form BRAND_TACTIC: POSITION with a comma, as
-- AMC documents it, and the SQL-standard POSITION(... IN ...) side by side.
WITH named AS (
  SELECT
    campaign,
    POSITION('_', campaign) AS sep_comma,
    POSITION('_' IN campaign) AS sep_in,
    user_id
  FROM dsp_impressions
)
SELECT
  SUBSTRING(campaign, 1, sep_comma - 1) AS brand,
  COUNT(DISTINCT user_id) AS reach
FROM named
WHERE sep_comma > 0 AND sep_in = sep_comma
GROUP BY 1;
