check --policy tests/cases/policy/bad_user_column.json tests/cases/policy/crm_ok.sql
