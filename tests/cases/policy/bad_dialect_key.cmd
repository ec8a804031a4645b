check --policy tests/cases/policy/bad_dialect_key.json tests/cases/policy/crm_ok.sql
