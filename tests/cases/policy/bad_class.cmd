check --policy tests/cases/policy/bad_class.json tests/cases/policy/crm_ok.sql
