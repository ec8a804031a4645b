-- Top 10 creatives by clicks per campaign.
-- AMC has no LIMIT: rank with ROW_NUMBER and filter. The ORDER BY inside the
-- CTE mirrors Amazon's own instructional queries (accepted inside CTEs, not in
-- the final SELECT).
WITH creative_clicks AS (
    SELECT
        campaign,
        creative,
        SUM(clicks)                   AS clicks,
        COUNT(DISTINCT user_id)       AS clickers
    FROM dsp_clicks
    GROUP BY campaign, creative
    ORDER BY campaign, clicks DESC
),
ranked AS (
    SELECT
        campaign,
        creative,
        clicks,
        clickers,
        ROW_NUMBER() OVER (PARTITION BY campaign ORDER BY clicks DESC, creative) AS click_rank
    FROM creative_clicks
)
SELECT campaign, creative, clicks, clickers, click_rank
FROM ranked
WHERE click_rank <= 10
