-- AMC302: must be reported
SELECT campaign, event_dt_utc, COUNT(*) AS n FROM conversions c JOIN dsp_impressions i USING (user_id) GROUP BY campaign, event_dt_utc
