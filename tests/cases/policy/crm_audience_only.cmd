check --color never --policy tests/cases/policy/crm.json --audience tests/cases/policy/crm_audience_only.sql
