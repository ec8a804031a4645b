-- attack: CTE of literal postal codes (WITH t (zip) AS (VALUES ...)) joined on postal_code
-- expect: literal compared with HIGH column (join key against a CTE of literals)
-- expect-at: 9:19
WITH targets (zip) AS (
  VALUES ('10001'), ('94105')
)
SELECT c.campaign, SUM(c.clicks) AS clicks
FROM dsp_clicks c
JOIN targets t ON c.postal_code = t.zip
GROUP BY c.campaign
