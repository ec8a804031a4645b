check --color never --policy tests/cases/policy/crm.json tests/cases/policy/crm_audience_analytics.sql
