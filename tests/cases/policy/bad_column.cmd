check --policy tests/cases/policy/bad_column.json tests/cases/policy/crm_ok.sql
