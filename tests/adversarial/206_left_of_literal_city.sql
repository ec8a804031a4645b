-- attack: LEFT of a longer literal, so the compared value is a function result rather than a literal
-- mechanism: 1
-- expect-at: 7:7
SELECT "campaign",
       COUNT(DISTINCT "user_id") AS reach
FROM "dsp_views"
WHERE "city_name" = LEFT('Springfield, IL', 11)
GROUP BY "campaign"
