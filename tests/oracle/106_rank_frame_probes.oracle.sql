WITH target AS (
  SELECT user_id AS u FROM dsp_impressions WHERE impression_dt = '2025-06-11 05:40:07' GROUP BY user_id
),
seen AS (
  SELECT i.campaign AS c, 0 AS probe
  FROM dsp_impressions i JOIN target t ON i.user_id = t.u
  GROUP BY i.campaign
),
seen_users AS (
  SELECT i.campaign AS c, i.user_id
  FROM dsp_impressions i JOIN target t ON i.user_id = t.u
),
probes (c) AS (VALUES
  ('BRAND_A Cart Abandoners 2025'),
  ('BRAND_A Cart Abandoners 2026'),
  ('BRAND_A Holiday Prospecting 2025'),
  ('BRAND_A Prime Day Awareness 2025'),
  ('BRAND_A Prime Day Awareness 2026'),
  ('BRAND_A Streaming TV Reach 2025'),
  ('BRAND_A Streaming TV Reach 2026'),
  ('BRAND_B Always-On Retargeting 2025'),
  ('BRAND_B Always-On Retargeting 2026'),
  ('BRAND_B Category Conquest 2025'),
  ('BRAND_B Category Conquest 2026'),
  ('BRAND_B Lookalike Prospecting 2025'),
  ('BRAND_B Lookalike Prospecting 2026'),
  ('BRAND_B New Launch Video 2025'),
  ('Contoso Sports Cart Abandoners 2026'),
  ('Contoso Sports Holiday Prospecting 2025'),
  ('Contoso Sports Holiday Prospecting 2026'),
  ('Contoso Sports Prime Day Awareness 2025'),
  ('Contoso Sports Streaming TV Reach 2025'),
  ('Contoso Sports Streaming TV Reach 2026'),
  ('Fabrikam Home Always-On Retargeting 2025'),
  ('Fabrikam Home Always-On Retargeting 2026'),
  ('Fabrikam Home Category Conquest 2025'),
  ('Fabrikam Home Category Conquest 2026'),
  ('Fabrikam Home Lookalike Prospecting 2026'),
  ('Fabrikam Home New Launch Video 2025'),
  ('Fabrikam Home New Launch Video 2026'),
  ('Northwind Coffee Cart Abandoners 2025'),
  ('Northwind Coffee Cart Abandoners 2026'),
  ('Northwind Coffee Holiday Prospecting 2025'),
  ('Northwind Coffee Holiday Prospecting 2026'),
  ('Northwind Coffee Prime Day Awareness 2025'),
  ('Northwind Coffee Prime Day Awareness 2026'),
  ('Northwind Coffee Streaming TV Reach 2026'),
  ('Tailspin Toys Always-On Retargeting 2025'),
  ('Tailspin Toys Category Conquest 2026'),
  ('Tailspin Toys Lookalike Prospecting 2025'),
  ('Tailspin Toys Lookalike Prospecting 2026'),
  ('Tailspin Toys New Launch Video 2025'),
  ('Tailspin Toys New Launch Video 2026')),
x AS (
  SELECT c, probe FROM seen
  UNION ALL
  SELECT c, 1 AS probe FROM probes
),
r AS (
  SELECT c, probe,
         ROW_NUMBER() OVER (ORDER BY c, probe) AS pos
  FROM x
)
-- a probe row's users: the person's, among the rows ranked up to it
SELECT r.c AS campaign, r.pos, COUNT(*) AS n
FROM r
WHERE r.probe = 1
  AND (SELECT COUNT(DISTINCT su.user_id) FROM seen_users su WHERE su.c <= r.c) >= 2
GROUP BY r.c, r.pos;
