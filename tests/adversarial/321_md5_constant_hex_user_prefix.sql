-- attack: a user_id prefix range whose bounds are hex characters picked out of MD5 of a literal-free constant
-- mechanism: 3
-- expect-at: 16:7
-- Was accepted: a user_id prefix range whose bounds are hex characters
-- picked out of MD5 of a literal-free constant. MD5(CAST(E() AS VARCHAR)) is
-- a fixed 32-character hex string; SUBSTRING positions are exempt, so any hex
-- string can be spelled by CONCAT of single characters, and the comparison
-- user_id >= lo AND user_id < hi singles out the users with a chosen prefix
-- (a binary search over runs finds one user's id).
WITH h AS (
  SELECT MD5(CAST(E() AS VARCHAR)) AS hx FROM sponsored_ads_traffic GROUP BY 1
)
SELECT s.ad_product_type,
       SUM(s.impressions) AS imps
FROM sponsored_ads_traffic s CROSS JOIN h
WHERE s.user_id >= CONCAT(SUBSTRING(h.hx, 1, 1), SUBSTRING(h.hx, 2, 1))
  AND s.user_id < CONCAT(SUBSTRING(h.hx, 1, 1), SUBSTRING(h.hx, 3, 1))
GROUP BY s.ad_product_type
