check --policy tests/cases/policy/bad_extends.json tests/cases/policy/crm_ok.sql
