-- attack: join against a VALUES list of literal user ids
-- expect: literal compared with VERY_HIGH column (join key against VALUES)
-- expect-at: 7:6
SELECT i.campaign, COUNT(*) AS imps
FROM dsp_impressions i
JOIN (VALUES ('u-0001'), ('u-0002')) AS t(uid)
  ON i.user_id = t.uid
GROUP BY i.campaign
