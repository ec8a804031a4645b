-- attack: FULL OUTER JOIN ... USING (zip) against a one-row aggregate of a literal
-- mechanism: 2
-- expect-at: 7:33
WITH t AS (SELECT MAX('33139') AS zip FROM dsp_impressions),
     u AS (SELECT postal_code AS zip, user_id FROM dsp_impressions)
SELECT COUNT(DISTINCT u.user_id) AS reach
FROM u FULL OUTER JOIN t USING (zip)
