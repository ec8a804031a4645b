check --policy tests/cases/policy/bad_threshold.json tests/cases/policy/crm_ok.sql
