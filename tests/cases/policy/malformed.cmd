check --policy tests/cases/policy/malformed.json tests/cases/policy/crm_ok.sql
