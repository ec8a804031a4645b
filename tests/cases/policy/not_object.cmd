check --policy tests/cases/policy/not_object.json tests/cases/policy/crm_ok.sql
