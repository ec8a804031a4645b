check --policy tests/cases/policy/unknown_key.json tests/cases/policy/crm_ok.sql
