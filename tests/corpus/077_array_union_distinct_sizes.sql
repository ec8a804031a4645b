-- Creative sizes seen per user across DSP and ad server, merged with
-- ARRAY_UNION / ARRAY_DISTINCT / ARRAY_REMOVE; distribution of the number
-- of distinct sizes.
WITH dsp_sizes AS (
    SELECT user_id, COLLECT(DISTINCT ad_slot_size) AS sizes
    FROM dsp_impressions
    WHERE ad_slot_size IS NOT NULL      -- COLLECT keeps NULLs
    GROUP BY user_id
),
adserver_sizes AS (
    SELECT user_id, COLLECT(DISTINCT ad_size) AS sizes
    FROM adserver_traffic
    WHERE ad_size IS NOT NULL
    GROUP BY user_id
),
merged AS (
    SELECT
        d.user_id,
        ARRAY_REMOVE(ARRAY_DISTINCT(ARRAY_UNION(d.sizes, a.sizes)), 'Unknown') AS all_sizes
    FROM dsp_sizes d
    JOIN adserver_sizes a ON a.user_id = d.user_id
)
SELECT
    CARDINALITY(all_sizes)   AS distinct_sizes_seen,
    COUNT(*)                 AS users
FROM merged
GROUP BY CARDINALITY(all_sizes)
