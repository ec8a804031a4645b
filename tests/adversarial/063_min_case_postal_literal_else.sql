-- attack: MIN over CASE ... THEN postal_code ELSE literal END
-- expect: literal compared with HIGH column (MIN over a literal-influenced postal_code)
-- expect-at: 5:8
SELECT campaign,
       MIN(CASE WHEN impressions > 0 THEN postal_code ELSE 'ZZZZZ' END) AS zip
FROM dsp_impressions
GROUP BY campaign
