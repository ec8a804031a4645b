-- AMC014: must be reported (an unclosed character class)
SELECT campaign, COUNT(*) AS n
FROM dsp_impressions
WHERE campaign SIMILAR TO 'BRAND_[AB'
GROUP BY campaign
