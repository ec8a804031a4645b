-- Campaign-pair overlap: for every pair of DSP campaigns, how many users saw both?
-- Self-join on user_id of a distinct (campaign, user) list; a < b keeps each
-- pair once.
WITH campaign_users AS (
    SELECT DISTINCT campaign_id, campaign, user_id
    FROM dsp_impressions
    WHERE campaign_id IN (CUSTOM_PARAMETER('campaign_ids'))
),
campaign_reach AS (
    SELECT campaign_id, COUNT(user_id) AS reach
    FROM campaign_users
    GROUP BY campaign_id
)
SELECT
    a.campaign                                    AS campaign_a,
    b.campaign                                    AS campaign_b,
    COUNT(DISTINCT a.user_id)                     AS overlapping_users,
    MAX(ra.reach)                                 AS reach_a,
    MAX(rb.reach)                                 AS reach_b
FROM campaign_users a
JOIN campaign_users b
  ON a.user_id = b.user_id
 AND a.campaign_id < b.campaign_id
JOIN campaign_reach ra ON ra.campaign_id = a.campaign_id
JOIN campaign_reach rb ON rb.campaign_id = b.campaign_id
GROUP BY a.campaign, b.campaign
