check --policy tests/cases/policy/bad_positions.json tests/cases/policy/crm_ok.sql
