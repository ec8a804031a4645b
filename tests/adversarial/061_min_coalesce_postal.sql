-- attack: MIN over COALESCE(postal_code, literal): MIN on a HIGH value influenced by a literal
-- expect: literal compared with HIGH column (MIN over a literal-influenced postal_code)
-- expect-at: 5:8
SELECT campaign,
       MIN(COALESCE(postal_code, '00000')) AS lowest_zip
FROM dsp_impressions
GROUP BY campaign
