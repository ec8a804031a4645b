-- attack: conversion_id = literal to look at one conversion
-- expect: literal compared with VERY_HIGH column (conversion_id =)
-- expect-at: 6:7
SELECT event_type, SUM(total_product_sales) AS sales
FROM conversions
WHERE conversion_id = 'c-20250101-000042'
GROUP BY event_type
