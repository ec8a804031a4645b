-- attack: a city name assembled with ARRAY_CAT and ARRAY_TO_STRING's separator
-- mechanism: 1
-- expect-at: 7:7
SELECT Campaign,
       COUNT(DISTINCT User_Id) AS Reach
FROM DSP_CLICKS
WHERE City_Name = ARRAY_TO_STRING(ARRAY_CAT(ARRAY['San'], ARRAY['Jose']), ' ')
GROUP BY Campaign
