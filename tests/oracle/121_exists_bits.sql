-- 121: uncorrelated EXISTS tests in the select list of a total over every
-- impression, each asking whether one person's (picked by a MEDIUM
-- timestamp) user_id starts below a character of the data: one bit each.
-- What decided an EXISTS is what its filters read (user_id, held to
-- HIGH): a subquery that found the person stands on 1 user, and one that
-- found nothing on none (its table holds rows: nothing was there to find
-- for this person). Either way the row goes; the bits stay in.
-- expect: removes
SELECT COUNT(*) AS n,
       EXISTS (SELECT 1 FROM dsp_impressions x
               WHERE x.impression_dt_utc = '2025-06-01 00:00:18'
                 AND SUBSTRING(x.user_id, 1, 1) < SUBSTRING(x.campaign, 1, 1)) AS b1,
       EXISTS (SELECT 1 FROM dsp_impressions x
               WHERE x.impression_dt_utc = '2025-06-01 00:00:18'
                 AND SUBSTRING(x.user_id, 2, 1) < SUBSTRING(x.campaign, 1, 1)) AS b2
FROM dsp_impressions
