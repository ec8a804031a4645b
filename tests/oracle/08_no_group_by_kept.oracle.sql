SELECT n, users, imps
FROM (SELECT COUNT(*) AS n,
             COUNT(DISTINCT user_id) AS users,
             SUM(impressions) AS imps,
             COUNT(DISTINCT user_id) AS u_
      FROM dsp_impressions)
WHERE u_ >= 1;
